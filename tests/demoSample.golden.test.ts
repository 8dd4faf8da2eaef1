/** `thi-dua demo --sample tiengiang2024`: the second bundled sample end to end, through the CLI's main. */
import { existsSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir } from "./testing/cliHarness";

interface Json {
  members: { name: string; total: number; rawTotal: number; memberMax: number; classification: string | null }[];
  proposals: { leader: string | null };
  output: { workbook: string };
}

describe("thi-dua demo --sample", () => {
  it("writes the Tiền Giang sector sample and ranks it, with the comparison sheet and converted totals", async () => {
    const folder = tempDir();
    const run = await runCli(["demo", "--sample", "tiengiang2024", "--out", folder, "--json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.proposals.leader).toBe("thành phố Mỹ Tho");
    const converted = json.members.find((m) => m.name === "thị xã Cai Lậy")!;
    expect(converted.memberMax).toBe(85);
    expect(converted.total).toBeGreaterThan(converted.rawTotal);
    expect(json.members.every((m) => m.classification !== null)).toBe(true);
    expect(existsSync(path.join(folder, "khoi-tnmt-tien-giang-2024.xlsx"))).toBe(true);
  }, 60_000);

  it("refuses an unknown sample with status 2, naming those there are", async () => {
    const run = await runCli(["demo", "--sample", "khong-co", "--out", tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("gialai2024, tiengiang2024");
  }, 60_000);
});
