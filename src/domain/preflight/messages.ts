import { INPUT_MESSAGES } from '../messages/input-messages';

/**
 * Preflight's English, one template per code (a `_variant` suffix where one code has two
 * sentences, as i18next's context). The UI's catalogs hold the same keys in every language.
 */
export const PREFLIGHT_MESSAGES = {
  ...INPUT_MESSAGES,
  'subject.scene': 'Scene {{scene}}',
  'subject.clip': 'Scene {{scene}}: the {{type}} clip "{{id}}"',
  'subject.clip-part': 'Scene {{scene}}: the {{type}} clip "{{id}}" {{part}}',
  'subject.background': 'Scene {{scene}}: the background image',
  'subject.webhook': 'The webhook URL',
  'kind.aiModel': 'aiModel',
  'kind.image': 'image',
  'kind.textImage': 'textImage',
  'kind.shape': 'shape',
  'kind.videoImage': 'videoImage',
  'kind.audio': 'audio',
  'part.file': 'file',
  'part.video': 'video',
  'part.image': 'image',
  'part.poster': 'poster image',
  'part.avatar-picture': 'avatar picture',
  'reason.empty': 'it is empty',
  'reason.app-path': 'it is a path on this app, not a full URL',
  'reason.data-url': 'it is a data: URL (the file is embedded, not hosted)',
  'reason.blob-url': 'it is a blob: URL, which exists only inside this browser tab',
  'reason.file-url': 'it is a file on this computer',
  'reason.scheme': 'its scheme "{{scheme}}:" is not http or https',
  'reason.no-scheme': 'it has no scheme (write https://...)',
  'reason.not-absolute': 'it is not an absolute http(s) URL',
  'reason.malformed': 'it is not a well-formed URL',
  'reason.spaces': 'it contains spaces',
  'reason.unreachable':
    'it cannot be reached from this browser (the host is down, offline, or refuses cross-origin requests)',
  'reason.http-404': 'the server answered 404: there is no file at this address',
  'reason.http-status': 'the server answered {{status}}',
  'reason.file-empty': 'the file is empty',
  'reason.text-not-picture': 'the file holds text, not a picture; it may be a renamed file',
  'reason.text-not-picture_typed':
    'the file holds text, not a picture (served as {{type}}); it may be a renamed file',
  'reason.unreadable-picture': 'the file is not a picture this browser can read',
  'reason.unreadable-picture_typed':
    'the file is not a picture this browser can read (served as {{type}})',
  'reason.damaged-picture': 'the {{format}} file is damaged and cannot be decoded',
  'avatar.estimated-size':
    "{{subject}}: the size of avatar {{model}} in outfit {{outfit}} is an estimate (its thumbnail's size); AI Studios publishes no placement geometry. Check the render, or import a project made in AI Studios with this outfit so Scenewright learns its real size.",
  'avatar.face-covered':
    "{{subject}} covers the avatar's face. Move it off the face guide or below the avatar.",
  'animation.past-speech':
    "{{subject}} animates until {{end}} s but the scene's speech lasts about {{seconds}} s. Shorten the delay or duration, or lengthen the script.",
  'scene.no-avatar-model':
    "{{subject}} has no avatar clip. AI Studios' own editor always keeps one (hidden when the scene shows no avatar), and the script's voice comes from it: add an avatar, or the render may fail.",
  'scene.multiple-avatars':
    '{{subject}} has more than one avatar; AI Studios renders one avatar per scene. Remove "{{id}}" or move it to its own scene.',
  'script.model-mismatch':
    '{{subject}}: the script\'s modelId "{{value}}" is not the avatar\'s model "{{expected}}". Set modelId to "{{expected}}" (or pick the avatar again).',
  'script.cloth-mismatch':
    '{{subject}}: the script\'s clothId "{{value}}" is not the avatar\'s outfit "{{expected}}". Set clothId to "{{expected}}" (or pick the outfit again).',
  'clip.duplicate-id':
    '{{subject}}: the id "{{id}}" is already used by another clip of this scene (clip {{first}}). Give this clip a new id.',
  'clip.layer-not-integer':
    '{{subject}} has layer {{value}}; layers are whole numbers. Use {{rounded}} (or reorder the layers).',
  'clip.opacity-range':
    '{{subject}} has opacity {{value}}; AI Studios accepts 1 to 100 (percent). Set a value in that range.',
  'clip.opacity-range_fraction':
    '{{subject}} has opacity {{value}}; AI Studios accepts 1 to 100 (percent). It looks like a 0–1 value: multiply by 100. Set a value in that range.',
  'clip.volume-range':
    '{{subject}} has volume {{value}}; AI Studios accepts 1 to 100. Set a value in that range.',
  'text.font-size':
    '{{subject}} has font size {{value}}; it must be greater than 0. Set a size in pt (e.g. 48).',
  'text.empty': '{{subject}} has no text, so it shows nothing. Type its text or delete the clip.',
  'animation.duration-range':
    '{{subject}} has an animation lasting {{value}}; the duration must be a whole number from {{min}} to {{max}}. Set one in that range.',
  'animation.delay-range':
    '{{subject}} has an animation delay of {{value}}; the delay must be a whole number from {{min}} to {{max}}. Set one in that range.',
  'shadow.blur-range':
    '{{subject}} has a shadow blur of {{value}}; it must be from {{min}} to {{max}}. Set one in that range or turn the shadow off.',
  'shadow.offset-range':
    '{{subject}} has a shadow {{axis}} of {{value}}; it must be from {{min}} to {{max}}. Set one in that range or turn the shadow off.',
  'clip.outside-frame':
    '{{subject}} is entirely outside the {{width}}×{{height}} frame, so it will not be seen. Move it into the frame or delete it.',
  'avatar.head-outside-frame':
    "{{subject}}: the avatar's head is cut off by the edge of the frame. Move or shrink the avatar so its head is fully inside.",
  'media.unreachable':
    '{{subject}} could not be checked at {{url}}: {{reason}}. Make sure AI Studios can reach it.',
  'media.does-not-load':
    '{{subject}} does not load from {{url}}: {{reason}}. Replace it with a working picture.',
  'media.url-not-public':
    '{{subject}} points at {{host}}, which AI Studios cannot reach from the internet. It works once this server is public (set PUBLIC_URL) or the file is hosted elsewhere.',
  'webhook.url-not-public':
    '{{subject}} points at {{host}}, which AI Studios cannot reach from the internet. It works once this server is public (set PUBLIC_URL).',
  'media.url-unreachable':
    '{{subject}} cannot be fetched by AI Studios: {{reason}}. Use a public https:// URL (host the file where the internet can reach it).',
  'media.url-unreachable_quoted':
    '{{subject}} cannot be fetched by AI Studios ("{{url}}"): {{reason}}. Use a public https:// URL (host the file where the internet can reach it).',
  'webhook.url-invalid':
    '{{subject}} cannot be called by AI Studios: {{reason}}. Use an absolute https:// URL, or remove it.',
  'webhook.url-invalid_quoted':
    '{{subject}} cannot be called by AI Studios ("{{url}}"): {{reason}}. Use an absolute https:// URL, or remove it.',
  'sanity.size':
    '{{subject}} is {{width}}×{{height}} px on a {{frameWidth}}×{{frameHeight}} frame, over {{times}} times its size. Check the width, height and scale.',
  'sanity.font-size':
    '{{subject}} is set in {{value}} pt; more than {{max}} pt does not fit the frame. Check the size.',
  'sanity.angle':
    '{{subject}} is turned {{value}}°, more than a full turn; it shows as {{shown}}°. Use a value between −360 and 360.',
  'sanity.layer':
    '{{subject}} is on layer {{value}}; layers count up from 0 at the back. Use 0 or more.',
  'sanity.long-script':
    '{{subject}}: the script has {{chars, number}} characters, about {{minutes}} minutes of speech in one scene. Check it is all meant to be said, or split it into scenes.',
  'scene.index-order':
    "{{subject}} has sceneIdx {{value}} but is scene {{position}} in the list. The docs call sceneIdx the scene's sequence; Scenewright sends the scenes in list order with the index as it came. Move a scene to number them again.",
  'scene.index-order_repeated':
    "{{subject}} repeats sceneIdx {{value}} of Scene {{first}}, as the vendor's JSON-template tutorial does. The docs call sceneIdx the scene's sequence; Scenewright sends the scenes in list order with the index as it came. Move a scene to number them again.",
  'script.count':
    '{{subject}} has {{count}} scripts; AI Studios expects exactly one per scene. Merge them into one, or split the scene.',
  'script.count_none':
    '{{subject}} has no script. Every page of the docs gives each scene one (in scenes[].scripts or on the avatar clip). Add a script (it may be empty if the avatar is hidden).',
  // Which pages say where the speech goes. They disagree, so Scenewright sends the form the
  // project came in and only warns; it errors only where every page agrees (README, "Vendor docs").
  'script.clip-form':
    '{{subject}} carries its speech only on the avatar clip (script). The docs disagree: 1.6.x "Create project and export" requires scenes[].scripts; 1.4.x "Clips" and "Export project", "Get started", the JSON-template tutorial and the sample repository put it on the clip. Scenewright sends it as it came.',
  'script.forms-differ':
    "{{subject}}: scenes[].scripts and the avatar clip's script say different things, and the docs do not say which one AI Studios speaks. Edit the script once to make them equal.",
  'script.tts-inconsistent':
    "{{subject}}: the script uses the avatar's own voice (isTTS is false) but also sets a TTS voice. Set tts to null, or isTTS to true.",
  'script.tts-inconsistent_missing':
    '{{subject}}: the script asks for another voice (isTTS is true) but gives none (tts is null). Choose a voice, or set isTTS to false.',
  'script.html':
    '{{subject}}: the script contains {{tags}}; only <p> and <span> are allowed. Remove that markup and keep the text.',
  'script.empty':
    '{{subject}}: the avatar is on screen but its script is empty. Write what it should say, or hide the avatar.',
} as const satisfies Record<string, string>;
