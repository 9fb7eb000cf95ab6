import { feedbackFilterFromParams, feedbackFilterToParams } from './feedback-filter';

describe('feedback filter in the URL', () => {
  it('defaults to new suggestions of every topic, page 1', () => {
    expect(feedbackFilterFromParams({})).toEqual({ status: 'new', topic: null, page: 1 });
    expect(feedbackFilterToParams({ status: 'new', topic: null, page: 1 })).toEqual({
      status: null,
      topic: null,
      page: null,
    });
  });

  it('round-trips every status, a topic and a page', () => {
    const filter = { status: null, topic: 'tooling', page: 3 } as const;
    expect(feedbackFilterToParams(filter)).toEqual({ status: 'all', topic: 'tooling', page: 3 });
    expect(feedbackFilterFromParams({ status: 'all', topic: 'tooling', page: '3' })).toEqual(filter);
  });

  it('ignores values it does not know', () => {
    expect(feedbackFilterFromParams({ status: 'lost', topic: 'weather', page: '0' })).toEqual({
      status: 'new',
      topic: null,
      page: 1,
    });
  });
});
