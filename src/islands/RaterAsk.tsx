/**
 * What the rater version says about the request the rep opened (src/lib/request.ts): before the
 * questions, where the code goes; on the code screen, exactly who sees what. The collector's name and
 * the team's label come from the link, so they are only ever text here.
 */
import { collectorOf, type ReadRequest, type TeamRequest } from '../lib/request.ts';
import { format, parts } from '../i18n/format.ts';
import type { IslandStrings } from '../i18n/types.ts';

type Strings = IslandStrings<'rater' | 'raterAsk'>;

function TeamLabel({ request, strings }: { readonly request: TeamRequest | undefined; readonly strings: Strings }) {
  const team = request?.team;
  return team === undefined ? null : <p class="ask-team">{format(strings.raterAsk.team, strings.lang, { team })}</p>;
}

/** Before the questions: who the code goes to, or that the link could not be read. */
export function AskNotice({ ask, min, strings }: { readonly ask: ReadRequest; readonly min: string; readonly strings: Strings }) {
  const { raterAsk: s, lang } = strings;
  if (ask.kind === 'damaged') return <p class="quiz-notice ask-damaged">{s.damaged}</p>;
  if (ask.kind === 'none') return <p class="ask-note">{s.noRequest}</p>;
  const to = collectorOf(ask);
  return (
    <div class="ask-note" data-ask-mode={ask.request.mode}>
      <TeamLabel request={ask.request} strings={strings} />
      {to === undefined ? (
        <p>
          <strong>{s.toManager}</strong>
        </p>
      ) : (
        <>
          <p>
            <strong>{format(s.toCollector, lang, { to })}</strong>
          </p>
          <p>{format(s.toCollectorWhy, lang, { to, min })}</p>
        </>
      )}
    </div>
  );
}

interface SendProps {
  readonly ask: ReadRequest;
  readonly counts: { readonly dimensions: string; readonly bands: string; readonly min: string };
  readonly strings: Strings;
}

/** On the code screen: where the code goes and what each person will and will not see. */
export function AskSend({ ask, counts, strings }: SendProps) {
  const { rater: r, raterAsk: s, lang } = strings;
  const to = collectorOf(ask);
  const request = ask.kind === 'request' ? ask.request : undefined;
  if (to !== undefined) {
    return (
      <>
        <TeamLabel request={request} strings={strings} />
        <p>{format(s.sendCollector, lang, { to })}</p>
        <div class="reveals">
          <h3>{s.whereTitle}</h3>
          <ul>
            <li>
              {parts(s.collectorSees, lang, {
                title: <strong>{format(s.collectorSeesLead, lang, { to })}</strong>,
                dimensions: counts.dimensions,
              })}
            </li>
            <li>{parts(s.managerSees, lang, { title: <strong>{s.managerSeesLead}</strong>, to, min: counts.min })}</li>
            <li>{parts(s.managerNever, lang, { title: <strong>{s.managerNeverLead}</strong> })}</li>
          </ul>
        </div>
      </>
    );
  }
  return (
    <>
      <TeamLabel request={request} strings={strings} />
      {ask.kind === 'damaged' && <p class="quiz-notice ask-damaged">{s.damaged}</p>}
      <p>{r.send}</p>
      <p>{request ? <strong>{s.directSees}</strong> : s.noRequest}</p>
      <div class="reveals">
        <h3>{r.revealsTitle}</h3>
        <ul>
          <li>{parts(r.reveals, lang, { title: <strong>{r.revealsLead}</strong>, dimensions: counts.dimensions, bands: counts.bands })}</li>
          <li>{parts(r.hides, lang, { title: <strong>{r.hidesLead}</strong> })}</li>
          <li>{parts(r.notAnonymous, lang, { title: <strong>{r.notAnonymousLead}</strong> })}</li>
        </ul>
      </div>
    </>
  );
}
