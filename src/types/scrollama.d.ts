// scrollama 3 ships incomplete types; these cover what the controller uses.
declare module 'scrollama' {
  export interface ScrollamaCallbackResponse {
    element: HTMLElement;
    index: number;
    direction: 'up' | 'down';
  }
  export interface ScrollamaSetupOptions {
    step: string | HTMLElement[] | NodeListOf<HTMLElement>;
    offset?: number | string;
    progress?: boolean;
    threshold?: number;
    once?: boolean;
    debug?: boolean;
    parent?: HTMLElement;
    container?: HTMLElement;
    root?: HTMLElement | null;
  }
  export interface ScrollamaInstance {
    setup(options: ScrollamaSetupOptions): ScrollamaInstance;
    onStepEnter(cb: (response: ScrollamaCallbackResponse) => void): ScrollamaInstance;
    onStepExit(cb: (response: ScrollamaCallbackResponse) => void): ScrollamaInstance;
    resize(): ScrollamaInstance;
    enable(): ScrollamaInstance;
    disable(): ScrollamaInstance;
    destroy(): void;
    /** Sets the trigger offset (0–1 or "123px") and re-measures; scrollama 2 called it offsetTrigger. */
    offset(value: number | string): ScrollamaInstance;
  }
  export default function scrollama(): ScrollamaInstance;
}
