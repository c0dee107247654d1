import { SHELL_USER_IDS } from '../../../src/shell/kit/user-ids';

test('a shell handle is read with or without its @, an email is not one', () => {
  expect(SHELL_USER_IDS.isUserId('@ana')).toBe(true);
  expect(SHELL_USER_IDS.isUserId('Ana.P')).toBe(true);
  expect(SHELL_USER_IDS.userIdOf!('@Ana.P')).toBe('ana.p');
  expect(SHELL_USER_IDS.isUserId('ana@acme.com')).toBe(false);
  expect(SHELL_USER_IDS.isUserId('ana smith')).toBe(false);
});
