// The Node.js versions Daifuku runs on, as a pure check that scripts/start.mjs uses and tests cover.

/** A message for the user if this Node.js version is too old, else null. */
export function nodeVersionProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return null;
  return `Daifuku needs Node.js 22.12 or newer (24 recommended); this is Node ${version}.\n` +
    `Daifuku には Node.js 22.12 以上（推奨 24）が必要です。現在のバージョン: ${version}\n` +
    'Install Node 24 from https://nodejs.org/ or run: source scripts/node24.sh\n';
}

/** Node before 22.18 runs TypeScript only with the type-stripping flag. */
export function typeStrippingFlags(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major === 22 && minor < 18 ? ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'] : [];
}
