// e2e tests run the real app; keep its JSON logs quiet unless asked.
process.env.NODE_ENV = 'test';
