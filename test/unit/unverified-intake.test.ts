import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { UnverifiedIntake } from '../../bot/http/unverified-intake';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

const intake = (trustedProxies: number) =>
  new UnverifiedIntake({ bodyTimeoutMs: 5000, perClient: 2, total: 3, trustedProxies });

describe('the client address of a webhook body not yet verified', () => {
  it('is the connection’s own when no proxy is trusted, whatever X-Forwarded-For says', () => {
    assert.equal(intake(0).clientOf(request('203.0.113.7', '198.51.100.1')), '203.0.113.7');
  });

  it('is the address the trusted proxy appended, not one the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the ingress appended the address it was reached from.
    const behindIngress = request('10.0.0.5', '1.2.3.4, 198.51.100.23');
    assert.equal(intake(1).clientOf(behindIngress), '198.51.100.23');
    assert.equal(intake(2).clientOf(behindIngress), '1.2.3.4');
    assert.equal(intake(1).clientOf(request('10.0.0.5')), '10.0.0.5', 'no header: the connection');
  });
});

describe('places for bodies not yet verified', () => {
  it('gives each client its share and all of them the total, and frees a place once', () => {
    const gate = intake(0);
    const first = gate.enter('a');
    gate.enter('a');
    assert.throws(() => gate.enter('a'), { code: 'webhook_client_busy' });
    first();
    first();
    gate.enter('a');
    gate.enter('b');
    assert.equal(gate.starved(), true, 'the total was reached');
    assert.throws(() => gate.enter('c'), { code: 'webhook_intake_busy' });
    assert.deepEqual(gate.current, { unverified: 3, unverifiedLimit: 3 });
  });
});
