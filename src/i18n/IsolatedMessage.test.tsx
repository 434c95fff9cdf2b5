import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { IsolatedMessage } from './IsolatedMessage';
import { isolate } from './isolate';

describe('user values inside messages', () => {
  it('stand each in a <bdi>, so a right-to-left override cannot pull the arrow into reversed text', () => {
    const from = 'plain';
    const to = 'evil \u202E reversed';
    const { container } = render(
      <p>
        <IsolatedMessage render={(values) => `Notes: ${values.from} → ${values.to}`} values={{ from, to }} />
      </p>,
    );
    const isolated = [...container.querySelectorAll('bdi')].map((element) => element.textContent);
    expect(isolated).toEqual([from, to]);
    expect(container.textContent).toBe(`Notes: ${from} → ${to}`);
    // The arrow is outside every isolate.
    expect([...container.querySelectorAll('bdi')].some((element) => element.textContent?.includes('→'))).toBe(false);
  });

  it('are set apart with Unicode isolates in text that cannot hold markup', () => {
    expect(isolate('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
  });
});
