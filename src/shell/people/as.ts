import { written } from '../../db/query';
import { eq } from 'drizzle-orm';
import { LANGUAGE_NAMES } from '../../core/home';
import type { CoreContext } from '../../core/shared';
import { localeOf } from '../../core/people';
import { people, type Person } from '../../db/schema';
import { t, toLocale, type Locale } from '../../i18n';
import type { ShellCommand } from '../kit/shell';
import { handleOf } from '../kit/syntax';

/** `/as NAME [--locale ro]`: be someone else from now on, in their language if one is given. */
export const as: ShellCommand = async (shell, rest) => {
  const [name = '', flag, chosen = ''] = rest.trim().split(/\s+/);
  const handle = handleOf(`@${name.replace(/^@/, '')}`);
  const locale = shell.locale();
  if (!handle) {
    shell.screen.say(t(locale, 'shell.as.usage'));
    return;
  }
  if (flag === '--locale' && !toLocale(chosen)) {
    shell.screen.say(t(locale, 'shell.locale.unknown', { name: handle }));
    return;
  }
  let person = (await shell.person(handle))!;
  if (flag === '--locale') person = await setLocale(shell.ctx, person, toLocale(chosen)!);
  const theirs = localeOf(person, shell.workspace());
  shell.screen.say(
    flag === '--locale'
      ? t(theirs, 'shell.as.locale', { name: person.name, language: LANGUAGE_NAMES[theirs] })
      : t(theirs, 'shell.as', { name: person.name }),
  );
  shell.become(person);
};

/** The person's language from now on, as an import would set it. */
async function setLocale(ctx: CoreContext, person: Person, locale: Locale): Promise<Person> {
  return await written(
    ctx.db.update(people).set({ locale }).where(eq(people.id, person.id)).returning(),
  );
}
