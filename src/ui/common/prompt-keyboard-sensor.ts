import { KeyboardSensor } from '@dnd-kit/core';

/** The parts of dnd-kit's KeyboardSensor that its typings keep private (6.3.1, pinned exactly in
 * package.json: this replaces one of its private methods). */
interface SensorInternals {
  props: { event: Event };
  listeners: { add(name: string, handler: (event: Event) => void): void };
  windowListeners: { add(name: string, handler: (event: Event) => void): void };
  handleStart(): void;
  handleKeyDown(event: Event): void;
  handleCancel(): void;
}

/**
 * dnd-kit's KeyboardSensor listens for the moving keys only from a timer task after the pick-up,
 * so the Space that picked an item up is not taken for its drop too. Chromium runs input before
 * timers: an arrow pressed right after "Picked up…" is spoken could arrive first and be lost.
 * This one listens at once and skips just the key event that picked the item up.
 */
export class PromptKeyboardSensor extends KeyboardSensor {}

Object.defineProperty(PromptKeyboardSensor.prototype, 'attach', {
  value(this: SensorInternals) {
    this.handleStart();
    this.windowListeners.add('resize', this.handleCancel);
    this.windowListeners.add('visibilitychange', this.handleCancel);
    const pickUp = this.props.event;
    this.listeners.add('keydown', (event) => {
      if (event !== pickUp) this.handleKeyDown(event);
    });
  },
});
