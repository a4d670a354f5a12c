import { reactive, ref } from 'vue';
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

/**
 * Names of the units a page shows, each read by id once: a page of accounts needs a few names,
 * not every unit of the city (hundreds) loaded to look them up.
 */
export function useUnitNames() {
  const names = reactive(new Map<string, string>());
  const asked = new Set<string>();
  async function resolve(ids: readonly (string | null | undefined)[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id): id is string => !!id && !asked.has(id));
    missing.forEach((id) => asked.add(id));
    await Promise.all(
      missing.map(async (id) => {
        try {
          const u = await ok(api.GET('/api/v1/units/{id}', { params: { path: { id } } }));
          names.set(id, u.name);
        } catch {
          asked.delete(id); // asked again on the next page load
        }
      }),
    );
  }
  return { names, resolve };
}
