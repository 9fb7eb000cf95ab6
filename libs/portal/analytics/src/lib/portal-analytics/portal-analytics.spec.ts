import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalAnalytics } from './portal-analytics';

describe('PortalAnalytics', () => {
  let component: PortalAnalytics;
  let fixture: ComponentFixture<PortalAnalytics>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalAnalytics],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalAnalytics);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
