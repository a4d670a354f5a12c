/** The components a sitting holds (五): theory and practical, both written (笔试). */
export const COMPONENT_NAMES: Record<string, string> = {
  theory: '理论考试',
  practical: '实际操作考核',
};
