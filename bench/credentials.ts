/** The credential pair the bench's simulator and server share. */
export const APP_ID = 'bench-app';
export const USER_KEY = 'bench-user-key';
