import assert from 'node:assert/strict';
import { touchesFor } from '../../bench/simulated-week/card-touches';

const card = {
  type: 'AdaptiveCard',
  body: [
    { type: 'TextBlock', text: 'Ser ut som bara tack' },
    {
      type: 'ActionSet',
      actions: [
        { type: 'Action.Execute', verb: 'claim', data: { commentKey: 'k' } },
        { type: 'Action.Execute', verb: 'no_reply', data: { commentKey: 'k', noReplyReason: 'thanks_only' } },
      ],
    },
  ],
  actions: [
    {
      type: 'Action.ShowCard',
      title: 'Mer',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'ActionSet',
            actions: [
              {
                type: 'Action.ShowCard',
                title: 'Inget svar behövs',
                card: {
                  type: 'AdaptiveCard',
                  body: [
                    { type: 'Input.ChoiceSet', id: 'noReplyReason', isRequired: true, choices: [] },
                    { type: 'Input.Text', id: 'noReplyNote' },
                  ],
                  actions: [{ type: 'Action.Execute', verb: 'no_reply', data: { commentKey: 'k' } }],
                },
              },
            ],
          },
        ],
      },
    },
  ],
};

describe('touches to send a card action (the simulated week’s clicks)', () => {
  it('counts a button in sight as one touch', () => {
    assert.equal(touchesFor(card, 'claim'), 1);
    assert.equal(
      touchesFor(card, 'no_reply', (data) => 'noReplyReason' in data),
      1,
    );
  });

  it('counts each menu the button sits behind and each required choice its data does not carry', () => {
    assert.equal(
      touchesFor(card, 'no_reply', (data) => !('noReplyReason' in data)),
      4,
    );
  });

  it('says nothing for an action the card does not have', () => {
    assert.equal(touchesFor(card, 'reply'), undefined);
    assert.equal(touchesFor(undefined, 'claim'), undefined);
  });
});
