import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { appRoutes } from './app/app.routes';
import { loadFirstPageChunk } from './app/first-page-chunk';

// A chunk that fails here is the router's to report when it loads the page itself.
void loadFirstPageChunk(appRoutes, location.pathname)?.catch(() => undefined);
bootstrapApplication(App, appConfig).catch((err) => console.error(err));
