import type { ClusterResult } from "../../../engine";
import { TermList } from "../../ui/TermList";

const BLANK = "chưa có";

export function ProposalsPanel({ result }: { readonly result: ClusterResult }) {
  const { proposals, year } = result;
  const next = year === null ? "năm sau" : `năm ${year + 1}`;
  return (
    <TermList
      label="Đề xuất"
      rows={[
        { term: "Cờ thi đua", value: proposals.leader ?? (proposals.noLeaderReason ? `chưa đề nghị: ${proposals.noLeaderReason}` : BLANK) },
        { term: "Bằng khen", value: proposals.merit.length > 0 ? proposals.merit.join(", ") : BLANK },
        { term: `Cụm trưởng ${next}`, value: proposals.nextHead ?? "để Hội nghị bầu" },
        { term: `Cụm phó ${next}`, value: proposals.nextDeputy ?? "để Hội nghị bầu" },
      ]}
    />
  );
}
