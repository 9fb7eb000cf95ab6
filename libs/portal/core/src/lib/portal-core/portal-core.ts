import { Component } from '@angular/core';

@Component({
  selector: 'ladder-portal-core',
  imports: [],
  templateUrl: './portal-core.html',
  styleUrl: './portal-core.css',
})
export class PortalCore {}
