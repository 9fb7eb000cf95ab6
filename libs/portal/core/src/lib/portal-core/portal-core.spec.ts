import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalCore } from './portal-core';

describe('PortalCore', () => {
  let component: PortalCore;
  let fixture: ComponentFixture<PortalCore>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalCore],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalCore);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
