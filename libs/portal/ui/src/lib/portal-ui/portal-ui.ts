import { Component } from '@angular/core';

@Component({
  selector: 'ladder-portal-ui',
  imports: [],
  templateUrl: './portal-ui.html',
  styleUrl: './portal-ui.css',
})
export class PortalUi {}
