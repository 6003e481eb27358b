import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A first-come, first-served lock: `acquire` resolves with the function that releases it. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * better-sqlite3 gives the whole process one connection, and Prisma's adapter
 * locks it only between transactions: a plain statement issued while another
 * request's interactive transaction is open would run inside that transaction,
 * reading its uncommitted rows and vanishing with it if it rolls back. Here every
 * statement outside a transaction waits for the open one to end, and the next
 * transaction waits for statements already running, so each request sees only
 * committed data and every acknowledged write stays written.
 */
function serialise(adapter: Adapter): Adapter {
  const lock = new Lock();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => lock.run(() => adapter.queryRaw(query)),
    executeRaw: (query) => lock.run(() => adapter.executeRaw(query)),
    executeScript: (script) => lock.run(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      let transaction: Transaction;
      try {
        transaction = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      let open = true;
      const end = (finish: () => Promise<void>) => async () => {
        try {
          await finish();
        } finally {
          if (open) {
            open = false;
            release();
          }
        }
      };
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query) => transaction.queryRaw(query),
        executeRaw: (query) => transaction.executeRaw(query),
        commit: end(() => transaction.commit()),
        rollback: end(() => transaction.rollback()),
      };
    },
  };
}

/** The better-sqlite3 adapter with statements and transactions taking turns on its one connection. */
export class SerialisedBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    // The default rollback journal creates, syncs and deletes a file at every commit, on the one
    // thread that serves every request. A write-ahead log appends and syncs once (FULL, so an
    // acknowledged write survives a power cut), and readers in other processes never block it.
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    return serialise(adapter);
  }

  override async connectToShadowDb(): Promise<Adapter> {
    return serialise(await super.connectToShadowDb());
  }
}
