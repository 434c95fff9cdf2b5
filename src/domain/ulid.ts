/*
 * ULIDs (https://github.com/ulid/spec): 26 characters of Crockford base 32, a 48-bit time in
 * milliseconds followed by 80 random bits, so ids sort by when they were made, as text, on any
 * device. Written here rather than taken from the `ulid` package: this is all the app needs of it,
 * and it loads with the first write, which the first-load budget counts.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(time: number): string {
  let text = '';
  for (let rest = time, i = 0; i < TIME_LENGTH; i += 1, rest = Math.floor(rest / 32)) text = ALPHABET[rest % 32] + text;
  return text;
}

function encodeDigits(digits: readonly number[]): string {
  return digits.map((digit) => ALPHABET[digit]).join('');
}

/**
 * A new ULID. Monotonic: ids made in the same millisecond (or after the clock went back) keep the
 * previous time and add one to its random part, so each sorts after the one made before it.
 */
export function ulid(now: number = Date.now()): string {
  if (now > lastTime) {
    lastTime = now;
    lastRandom = Array.from(crypto.getRandomValues(new Uint8Array(RANDOM_LENGTH)), (byte) => byte % 32);
  } else {
    // 80 bits cannot run out within one millisecond, so the carry never passes the first digit.
    let i = RANDOM_LENGTH - 1;
    while (i > 0 && lastRandom[i] === 31) lastRandom[i--] = 0;
    lastRandom[i] = (lastRandom[i] ?? 0) + 1;
  }
  return encodeTime(lastTime) + encodeDigits(lastRandom);
}

/**
 * The ULID of a history entry recorded before ids were ULIDs: its time is the entry's own time and
 * its "random" part its old number, so entries keep their old order (by time, then by number) and
 * the same entry gets the same id wherever it is converted (a database upgrade, an old file).
 */
export function ulidForNumberedEntry(at: string, number: number): string {
  const digits: number[] = [];
  for (let rest = number, i = 0; i < RANDOM_LENGTH; i += 1, rest = Math.floor(rest / 32)) digits.unshift(rest % 32);
  return encodeTime(Math.max(0, Date.parse(at) || 0)) + encodeDigits(digits);
}
