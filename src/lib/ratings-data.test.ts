import { describe, expect, it } from 'vitest';
import ratings from '../../content/data/scenario-ratings.json';

// Spot values copied by hand from article 003's "使用场景评分参照表" (columns: 基本镜像, 容器镜像,
// 定制镜像, 虚拟化镜像, 云服务镜像, 物理服务器镜像), so an edit to the data file cannot drift silently.
const fromArticle: Record<string, number[]> = {
  development: [4, 4, 5, 3, 4, 2],
  production: [4, 3, 5, 5, 5, 5],
  'ci-cd': [3, 5, 4, 2, 5, 1],
  hpc: [2, 3, 4, 5, 4, 5],
  'resource-management': [3, 4, 4, 5, 4, 3],
  security: [4, 3, 5, 5, 5, 5],
};

describe('content/data/scenario-ratings.json', () => {
  it('has the article’s six types and twelve scenarios, in the article’s order', () => {
    expect(ratings.source).toBe('003');
    expect(ratings.types).toEqual([
      'base-image',
      'container-image',
      'custom-image',
      'vm-image',
      'cloud-image',
      'physical-server-image',
    ]);
    expect(ratings.scenarios.map((s) => s.label.zh)).toEqual([
      '开发环境',
      '测试环境',
      '生产环境',
      '微服务架构',
      'CI/CD 流水线',
      '混合云部署',
      '高性能计算',
      '企业数据中心',
      '自动化部署',
      '灾难恢复',
      '资源管理',
      '安全性',
    ]);
  });

  it('rates every type in every scenario with a whole number from 1 to 5', () => {
    for (const scenario of ratings.scenarios) {
      const values: Record<string, number> = scenario.ratings;
      expect(Object.keys(values).sort()).toEqual([...ratings.types].sort());
      for (const value of Object.values(values)) {
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(1);
        expect(value).toBeLessThanOrEqual(5);
      }
    }
  });

  it.each(Object.entries(fromArticle))('matches article 003 for %s', (id, expected) => {
    const scenario = ratings.scenarios.find((s) => s.id === id);
    const values: Record<string, number> = scenario!.ratings;
    expect(ratings.types.map((type) => values[type])).toEqual(expected);
  });
});
