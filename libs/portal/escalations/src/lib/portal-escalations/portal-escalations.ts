import { Component } from '@angular/core';

@Component({
  selector: 'ladder-portal-escalations',
  imports: [],
  templateUrl: './portal-escalations.html',
  styleUrl: './portal-escalations.css',
})
export class PortalEscalations {}
