import { createOfficeEnv } from '../office/officeEnv';
import { mountPane } from './app';
import { localToday } from './localToday';
import './pane.css';

// Office.js is loaded by taskpane.html from Microsoft's CDN; it calls onReady once the host is up.
Office.onReady(() => {
  const root = document.getElementById('app');
  if (root) mountPane(root, createOfficeEnv(), { today: () => localToday() });
});
