/** The dashboard's entry point: renders the app into the page. */
import { h, render } from 'preact';
import { App } from './app.ts';
import './styles.css';

render(h(App, null), document.getElementById('app')!);
