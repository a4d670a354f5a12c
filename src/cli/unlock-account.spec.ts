import { parseUnlockArgs } from './unlock-account';

describe('npm run unlock-account -- <username> [--from <address>]', () => {
  it.each([
    [['admin'], { username: 'admin' }],
    [['admin', '--from', '192.0.2.7'], { username: 'admin', knownSource: '192.0.2.7' }],
  ])('reads %j', (argv, args) => {
    expect(parseUnlockArgs(argv)).toEqual(args);
  });

  it.each([
    [[]],
    [['--from', '192.0.2.7']],
    [['admin', '--from']],
    [['admin', '-x', 'y']],
    [['a', 'b']],
  ])('refuses %j (usage is printed)', (argv) => {
    expect(parseUnlockArgs(argv)).toBeNull();
  });
});
