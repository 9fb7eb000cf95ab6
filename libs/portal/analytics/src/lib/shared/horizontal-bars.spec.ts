import { horizontalBarOptions, horizontalChartHeight } from './horizontal-bars';

type Callbacks = {
  title: (items: { dataIndex: number }[]) => string;
  label: (item: { datasetIndex: number; dataIndex: number }) => string;
  footer: (items: { dataIndex: number }[]) => string[];
};

describe('horizontalBarOptions', () => {
  const texts = {
    labels: ['L2 Team Lead · Infrastructure and Networking Operations', 'L1 Service Desk · Service Desk'],
    tooltips: [['now: 3 h over budget', 'now: 1 h over budget']],
    footers: [['Change: +1 h'], []],
  };

  it('puts the categories on the vertical axis, cut short there and whole in the tooltip', () => {
    const options = horizontalBarOptions(texts, 'Hours over budget', false);
    expect(options.indexAxis).toBe('y');
    expect(options.animation).toBe(false);
    expect(options.scales?.['x']).toMatchObject({
      beginAtZero: true,
      title: { text: 'Hours over budget' },
      ticks: {},
    });
    const tick = options.scales?.['y']?.ticks?.callback as unknown as (value: number, index: number) => string;
    expect(tick(0, 0)).toBe('L2 Team Lead · Infrastructure and…');
    expect(tick(1, 1)).toBe('L1 Service Desk · Service Desk');
    expect(options.plugins?.tooltip).toMatchObject({ mode: 'index', axis: 'y', intersect: false });
    const callbacks = options.plugins?.tooltip?.callbacks as unknown as Callbacks;
    expect(callbacks.title([{ dataIndex: 0 }])).toBe('L2 Team Lead · Infrastructure and Networking Operations');
    expect(callbacks.label({ datasetIndex: 0, dataIndex: 1 })).toBe('now: 1 h over budget');
    expect(callbacks.footer([{ dataIndex: 0 }])).toEqual(['Change: +1 h']);
  });

  it('ticks whole numbers only for counts', () => {
    expect(horizontalBarOptions(texts, 'Moves', false, true).scales?.['x']?.ticks).toEqual({ precision: 0 });
  });
});

describe('horizontalChartHeight', () => {
  it('gives each row its room above 96 px for the axis and legend, and never less than three rows', () => {
    expect(horizontalChartHeight(10, 44)).toBe(96 + 10 * 44);
    expect(horizontalChartHeight(1, 44)).toBe(96 + 3 * 44);
  });
});
