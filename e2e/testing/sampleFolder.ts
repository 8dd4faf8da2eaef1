/** The bundled sample cluster as real .xlsx files, the way a clerk would have them on disk. */
import { mkdtemp, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { writeSample } from "../../src/sample/writeSample";

/** Paths of the written files: the cluster workbook first, then one per member. */
export async function writeSampleFolder(): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), "thi-dua-e2e-sample-"));
  const files = await writeSample();
  return Promise.all(
    files.map(async ({ file, data }) => {
      const path = join(folder, file);
      await writeFile(path, data);
      return path;
    }),
  );
}
