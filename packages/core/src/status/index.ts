export { parseStatusText, type StatusReading } from './parseStatusText';
export { negativeMarkers } from './negativeMarkers';
export { impliedCompletion } from './completionWords';
export { waitingForAppointment } from './vacancy';
export { statusWords, type StatusWord } from './statusWords';
