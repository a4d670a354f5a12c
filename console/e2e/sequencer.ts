import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Journeys run in the order of their file names (01-, 02-, …): later ones build on earlier ones. */
export default class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    return files;
  }
}
