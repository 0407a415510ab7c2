import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  bicep,
  declaredParameters,
  loggedEvents,
  monitoring,
  resourceBody,
  resourcesOfType,
  variable,
} from '../support/bicep-template';

/** The template's watch from outside: alerts e-mail someone, ask /readyz, and watch events the bot logs. */
describe('the Azure template’s monitoring', () => {
  it('e-mails every alert to the addresses the deployment is given', () => {
    assert.ok(declaredParameters().some((p) => p.name === 'alertEmails' && p.required));
    assert.match(bicep, /^@minLength\(1\)\nparam alertEmails array$/m);
    assert.match(resourceBody(bicep, 'monitoring'), /alertEmails: alertEmails/);
    const example = JSON.parse(readFileSync('infra/main.parameters.json', 'utf8')) as {
      parameters: { alertEmails?: { value?: unknown } };
    };
    const addresses = example.parameters.alertEmails?.value;
    assert.ok(Array.isArray(addresses) && addresses.length > 0, 'the example gives an address');
    assert.deepEqual(resourcesOfType(monitoring, 'Microsoft.Insights/actionGroups'), ['alerts']);
    const group = resourceBody(monitoring, 'alerts');
    assert.match(group, /enabled: true/);
    assert.match(
      group,
      /emailReceivers: \[for \(address, i\) in alertEmails: \{\n(\s+\w+: .+\n)*\s+emailAddress: address\n/,
    );
  });

  it('asks /readyz from several places and alerts when it does not answer', () => {
    const [test] = resourcesOfType(monitoring, 'Microsoft.Insights/webtests');
    const body = resourceBody(monitoring, test ?? '');
    assert.match(body, /^ {2}kind: 'standard'$/m);
    assert.match(body, /RequestUrl: '\$\{publicUrl\}\/readyz'/);
    assert.ok(readFileSync('bot/http/server.ts', 'utf8').includes("'/readyz'"), '/readyz is a route');
    assert.match(body, /'hidden-link:\$\{insights\.id\}': 'Resource'/);
    assert.ok([...body.matchAll(/\{ Id: '[a-z-]+' \}/g)].length >= 3, 'three places or more');
    assert.match(bicep, /publicUrl: 'https:\/\/\$\{publicHost\}'/);
    const alert = resourcesOfType(monitoring, 'Microsoft.Insights/metricAlerts')
      .map((symbol) => resourceBody(monitoring, symbol))
      .find((rule) => rule.includes(`webTestId: ${test}.id`));
    assert.ok(alert, 'a metric alert watches the test');
    assert.match(alert, /WebtestLocationAvailabilityCriteria/);
    assert.match(alert, /actions: \[\{ actionGroupId: alerts\.id \}\]/);
  });

  it('e-mails when cards stop, intake stops, Teams keeps refusing or a platform refuses a credential, by the events the bot logs', () => {
    const [symbol] = resourcesOfType(monitoring, 'Microsoft.Insights/scheduledQueryRules');
    const rules = resourceBody(monitoring, symbol ?? '');
    assert.match(rules, /actions: \{ actionGroups: \[alerts\.id\] \}/);
    assert.match(rules, /scopes: \[logs\.id\]/);
    assert.match(variable(monitoring, 'botEvents'), /ContainerAppConsoleLogs_CL .*parse_json\(Log_s\)/);
    const queries = [...monitoring.matchAll(/^ {4}query: '(.+)'$/gm)].map((m) => m[1] ?? '');
    const watching = (hours: string) => queries.find((q) => q.includes(`ago(\${${hours}}h)`)) ?? '';
    const logged = loggedEvents();
    const named = (query: string) => [...query.matchAll(/logEvent == \\'([a-z_.]+)\\'/g)].map((m) => m[1]);
    assert.deepEqual(named(watching('quietCardHours')), ['card.posted']);
    assert.deepEqual(named(watching('quietIntakeHours')), ['webhook.accepted', 'poller.polled']);
    for (const query of [watching('quietCardHours'), watching('quietIntakeHours')]) {
      assert.match(query, /summarize seen = count\(\) \| where seen == 0$/, 'a quiet heartbeat fires');
    }
    const failures = variable(monitoring, 'teamsFailureEvents');
    const failureNames = [...failures.matchAll(/\\'([a-z_.]+)\\'/g)].map((m) => m[1] ?? '');
    assert.ok(failureNames.includes('card.post.failed') && failureNames.includes('card.dead_letter'));
    assert.ok(queries.some((q) => q.includes('logEvent in (${teamsFailureEvents})')));
    const refusals = queries.find((q) => named(q).includes('credential.refused')) ?? '';
    assert.match(
      refusals,
      /summarize refusals = count\(\) \| where refusals > 0$/,
      'a refused credential fires',
    );
    for (const event of [...named(queries.join(' ')), ...failureNames]) {
      assert.ok(logged.has(event ?? ''), `the bot logs ${event}`);
    }
    for (const hours of ['quietCardHours', 'quietIntakeHours']) {
      assert.ok(declaredParameters().some((p) => p.name === hours && !p.required));
      assert.match(bicep, new RegExp(`@maxValue\\(48\\)\\nparam ${hours} int = \\d+$`, 'm'));
    }
  });
});
