/**
 * Writes that keep coming while a test breaks something: several clients insert rows with names
 * of their own through /rest/v1, and every write the stack acknowledged (201) is remembered, so
 * the test can ask afterwards whether each one is still there.
 */
import { localApiKeys } from '../../src/keys.ts';

const { serviceRoleKey } = await localApiKeys();
const headers = { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' };

export interface WriteLoad {
  /** Names whose insert was answered 201. */
  acknowledged: string[];
  /** How often each answer came: a status, or `network: <message>` when none came. */
  answers: Map<string, number>;
  /** Resolves once `count` writes were acknowledged since the call, or after `timeoutMs`. */
  untilAcknowledged(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Every row the test writes goes to the demo organisations table; names mark whose they are. */
export function startWriteLoad(apiUrl: string, prefix: string, clients = 4, maxWrites = 600): WriteLoad {
  const acknowledged: string[] = [];
  const answers = new Map<string, number>();
  let stopping = false;
  let sent = 0;
  const count = (answer: string) => answers.set(answer, (answers.get(answer) ?? 0) + 1);
  const client = async (clientIndex: number) => {
    for (let index = 0; !stopping && sent < maxWrites; index += 1) {
      sent += 1;
      const name = `${prefix} ${clientIndex}-${index}`;
      try {
        const response = await fetch(`${apiUrl}/rest/v1/organisations`, {
          method: 'POST',
          headers: { ...headers, prefer: 'return=minimal' },
          body: JSON.stringify({ name, kind: 'municipality', country_code: 'KE' }),
        });
        await response.arrayBuffer();
        count(String(response.status));
        if (response.status === 201) acknowledged.push(name);
        else await pause(20);
      } catch (error) {
        count(`network: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`);
        await pause(50);
      }
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  return {
    acknowledged,
    answers,
    async untilAcknowledged(more, timeoutMs = 30_000) {
      const target = acknowledged.length + more;
      const deadline = Date.now() + timeoutMs;
      while (acknowledged.length < target && Date.now() < deadline && sent < maxWrites) await pause(10);
    },
    async stop() {
      stopping = true;
      await running;
    },
  };
}

function pause(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The names with `prefix` that the database holds, read through the stack as the service role. */
export async function storedNames(apiUrl: string, prefix: string): Promise<Set<string>> {
  const response = await fetch(`${apiUrl}/rest/v1/organisations?select=name&name=like.${encodeURIComponent(`${prefix} *`)}`, { headers });
  if (response.status !== 200) throw new Error(`reading back answered ${response.status}: ${await response.text()}`);
  return new Set(((await response.json()) as { name: string }[]).map((row) => row.name));
}

/** One write and its read-back: the stack serves requests again. */
export async function answersAgain(apiUrl: string, name: string): Promise<number> {
  const response = await fetch(`${apiUrl}/rest/v1/organisations`, {
    method: 'POST',
    headers: { ...headers, prefer: 'return=representation' },
    body: JSON.stringify({ name, kind: 'region', country_code: 'SE' }),
  });
  await response.arrayBuffer();
  return response.status;
}

export function summary(answers: Map<string, number>) {
  return [...answers].map(([answer, times]) => `${answer}×${times}`).join(', ');
}
