import type { ConferenceForm } from "./conference";
import type { ClusterData } from "../model";
import type { ClusterResult } from "../score/result";

/** "8 giờ 00, ngày 12/02/2025" → "8 giờ 00"; "14h30" → "14 giờ 30". */
function startTimeOf(conferenceText: string | null): string | null {
  if (conferenceText === null) return null;
  const m = /(\d{1,2})\s*(?:giờ|h)\s*(\d{1,2})?/i.exec(conferenceText);
  if (!m) return null;
  return `${m[1]} giờ ${(m[2] ?? "00").padStart(2, "0")}`;
}

/** The conference form prefilled from the information sheet and the proposals; the secretary edits the rest. */
export function defaultConferenceForm(data: ClusterData, result: ClusterResult): ConferenceForm {
  const info = data.info;
  return {
    date: info.conferenceDate,
    startTime: startTimeOf(info.conferenceText),
    locality: null,
    place: info.place,
    chair: info.chair,
    secretary: info.secretary,
    attendees: info.attendees,
    votesFor: null,
    votesTotal: null,
    nextHead: result.proposals.nextHead,
    nextDeputy: result.proposals.nextDeputy,
    keyIndicator: null,
    nextPledgeCount: null,
  };
}
