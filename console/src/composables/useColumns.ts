import { computed, ref, watch } from 'vue';

export interface ColumnChoice {
  prop: string;
  label: string;
  /** Shown unless the user hid it (default true). */
  visible?: boolean;
}

/** Which optional columns a list shows, remembered per list in localStorage. */
export function useColumns(
  key: string,
  columns: readonly ColumnChoice[],
  storage: Storage | undefined = globalThis.localStorage,
) {
  const storageKey = `exam-console-columns:${key}`;
  const defaults = columns.filter((c) => c.visible !== false).map((c) => c.prop);
  const saved = ((): string[] | null => {
    try {
      const raw = storage?.getItem(storageKey);
      const v: unknown = raw ? JSON.parse(raw) : null;
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
    } catch {
      return null;
    }
  })();
  const visible = ref<string[]>(saved ?? defaults);
  watch(visible, (v) => storage?.setItem(storageKey, JSON.stringify(v)), { deep: true });

  return {
    columns,
    visible,
    show: (prop: string) => visible.value.includes(prop),
    setVisible: (props: string[]) => {
      visible.value = [...props];
    },
    restore: () => {
      visible.value = [...defaults];
    },
    count: computed(() => visible.value.length),
  };
}
export type Columns = ReturnType<typeof useColumns>;
