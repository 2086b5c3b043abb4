/** gas-local ships without types. `require` runs every .js file of a folder in a vm context whose global object is `globalObject`. */
declare module 'gas-local' {
  export function require(
    folderPath: string,
    globalObject?: object,
    options?: { filter?: (file: string) => boolean },
  ): Record<string, unknown>;
}
