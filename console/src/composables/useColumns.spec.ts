import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { useColumns } from './useColumns';

class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

const cols = [
  { prop: 'name', label: '姓名' },
  { prop: 'phone', label: '联系电话', visible: false },
];

describe('useColumns', () => {
  it('starts from the defaults and remembers the choice per list', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const a = useColumns('unit-registrations', cols, storage);
    expect(a.show('name')).toBe(true);
    expect(a.show('phone')).toBe(false);
    a.visible.value = ['phone'];
    await nextTick();
    const again = useColumns('unit-registrations', cols, storage);
    expect(again.show('phone')).toBe(true);
    expect(again.show('name')).toBe(false);
    expect(useColumns('other-list', cols, storage).show('name')).toBe(true);
    again.restore();
    expect(again.visible.value).toEqual(['name']);
  });

  it('survives a corrupt saved value', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem('exam-console-columns:x', '{oops');
    expect(useColumns('x', cols, storage).visible.value).toEqual(['name']);
  });
});
