/**
 * How npm run dist hands the Electron build of better-sqlite3 to electron-builder: package.json's
 * extraResources takes it from `.native/better-sqlite3/electron-${env.MARSAD_ELECTRON_VERSION}-${platform}-${arch}`
 * (electron-builder expands the macros) to resources/native/better-sqlite3/. electron-builder has
 * no macro for Electron's version, so scripts/dist.ts sets this variable; run without it,
 * electron-builder stops with "env MARSAD_ELECTRON_VERSION is not defined" instead of shipping
 * an app without its database engine.
 */
export const ELECTRON_VERSION_ENV = 'MARSAD_ELECTRON_VERSION'
