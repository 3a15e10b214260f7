/**
 * Statements every engine runs after it starts. The app must work offline: nothing may be
 * downloaded, so extension autoloading is off. No time zones are ever set (no ICU needed).
 */
export const ENGINE_SETTINGS = ['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false'];
