import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalEscalations } from './portal-escalations';

describe('PortalEscalations', () => {
  let component: PortalEscalations;
  let fixture: ComponentFixture<PortalEscalations>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalEscalations],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalEscalations);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
