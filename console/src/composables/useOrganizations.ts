import { ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';

type Unit = Schemas['UnitResponse'];
type Department = Schemas['DepartmentResponse'];

/** Reads every page of a list (the service pages at 100 at most). */
export async function readAll<T>(
  page: (p: number) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  const out: T[] = [];
  for (let p = 1; ; p++) {
    const res = await page(p);
    out.push(...res.items);
    if (out.length >= res.total || res.items.length === 0) return out;
  }
}

/** Units (of one department, or all the caller sees), in the service's pinyin order, for filters. */
export function useUnits() {
  const units = ref<Unit[]>([]);
  async function load(departmentId?: string | null): Promise<void> {
    units.value = await readAll((page) =>
      ok(
        api.GET('/api/v1/units', {
          params: { query: { page, pageSize: 100, ...(departmentId ? { departmentId } : {}) } },
        }),
      ),
    );
  }
  return { units, load };
}

/** Departments in pinyin order, for filters and forms. */
export function useDepartments() {
  const departments = ref<Department[]>([]);
  async function load(): Promise<void> {
    departments.value = await readAll((page) =>
      ok(api.GET('/api/v1/departments', { params: { query: { page, pageSize: 100 } } })),
    );
  }
  return { departments, load };
}
