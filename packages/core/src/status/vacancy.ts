/**
 * Work that waits for someone to be appointed (seed 003: `This will be led by permanent IRO once
 * appointed.`): nobody leads it until a vacancy is filled, so it is at risk however far off its
 * due date is.
 */
const vacancy =
  /\bonce\s+(?:[\w/-]+\s+){0,4}?(?:appointed|recruited|in\s+post)\b|\bawaiting\s+(?:the\s+)?(?:appointment|recruitment)\b|\b(?:post|role|vacancy)\s+(?:is\s+|remains\s+)?(?:vacant|unfilled)\b/i;

/**
 * The sentence of a note that says the work waits for a post to be filled, or undefined.
 *
 * @example
 * waitingForAppointment('This will be led by permanent IRO once appointed.'); // 'This will be led by permanent IRO once appointed.'
 * waitingForAppointment('In place. RG attends reviews of YOS contracts.'); // undefined
 */
export function waitingForAppointment(plain: string): string | undefined {
  if (!vacancy.test(plain)) return undefined;
  return plain.split(/(?<=[.!?])\s+/).find((sentence) => vacancy.test(sentence));
}
