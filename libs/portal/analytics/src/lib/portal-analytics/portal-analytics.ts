import { Component } from '@angular/core';

@Component({
  selector: 'ladder-portal-analytics',
  imports: [],
  templateUrl: './portal-analytics.html',
  styleUrl: './portal-analytics.css',
})
export class PortalAnalytics {}
