import { ElMessage } from 'element-plus';
import { computed, ref } from 'vue';
import { asApiError } from '@/api/errors';
import { postFile, type Progress } from '@/api/files';

/** An upload with progress; a refusal is shown as the service's Chinese message. */
export function useUpload() {
  const busy = ref<string | null>(null);
  const progress = ref<Progress | null>(null);

  async function upload<T>(key: string, url: string, file: File): Promise<T | undefined> {
    if (busy.value) return undefined;
    busy.value = key;
    progress.value = { loaded: 0, total: file.size };
    try {
      return await postFile<T>(url, file, {
        onProgress: (p) => {
          progress.value = p;
        },
      });
    } catch (e) {
      ElMessage.error({ message: asApiError(e).message, duration: 6000, showClose: true });
      return undefined;
    } finally {
      busy.value = null;
      progress.value = null;
    }
  }

  const percent = computed(() => {
    const p = progress.value;
    return p?.total ? Math.min(100, Math.floor((p.loaded / p.total) * 100)) : 0;
  });

  return { busy, progress, percent, upload };
}
