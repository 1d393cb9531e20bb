export { parseStatusText, type StatusReading } from './parseStatusText';
export { negativeMarkers } from './negativeMarkers';
export { statusWords, type StatusWord } from './statusWords';
