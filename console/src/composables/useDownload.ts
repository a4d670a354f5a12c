import { ElMessage } from 'element-plus';
import { computed, ref } from 'vue';
import { asApiError } from '@/api/errors';
import { fetchFile, type Progress, type Query, saveBlob, withQuery } from '@/api/files';
import { formatBytes } from '@/utils/format';

/**
 * One-click downloads (xlsx, pdf, zip): the token is sent, the Chinese file name kept, progress
 * shown while it arrives, and a refusal (a JSON error where a file was expected) shown as the
 * service's Chinese message.
 */
export function useDownload() {
  const busy = ref<string | null>(null);
  const progress = ref<Progress | null>(null);

  async function download(
    path: string,
    query: Query,
    fallbackName: string,
    key = path,
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = key;
    progress.value = null;
    try {
      const { blob, filename } = await fetchFile(withQuery(path, query), {
        fallbackName,
        onProgress: (p) => {
          progress.value = p;
        },
      });
      saveBlob(blob, filename);
      ElMessage.success(`已下载：${filename}`);
      return true;
    } catch (e) {
      ElMessage.error({ message: asApiError(e).message, duration: 6000, showClose: true });
      return false;
    } finally {
      busy.value = null;
      progress.value = null;
    }
  }

  const progressText = computed(() => {
    const p = progress.value;
    if (!p) return '';
    return p.total ? `${Math.floor((p.loaded / p.total) * 100)}%` : formatBytes(p.loaded);
  });

  return { busy, progress, progressText, download };
}
