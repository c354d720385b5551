/**
 * Search-quality judgements: for each query, the pages that must appear in the top 3 (`top3`, all of
 * them; or, for a query several pages answer equally well, `anyOf`, at least one of them) and, where
 * one answer is clearly right, the acceptable first results (`first`, any of them).
 * Pages are slugs; the section a result opens at is checked separately.
 */
export interface Judgement {
  query: string;
  top3: string[];
  anyOf?: string[];
  first?: string[];
}

const dockerImagePages = ['app-image-and-the-os', 'anatomy-and-lifecycle', 'build-container-images', 'system-vs-application-image'];
const immutablePages = ['system-vs-application-image', 'security-updates-customization'];

export const judgements: Record<'zh' | 'en', Judgement[]> = {
  zh: [
    { query: '内核', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os', 'glossary'] },
    { query: '用户空间', top3: ['app-image-and-the-os'] },
    { query: '引导程序', top3: ['app-image-and-the-os'] },
    { query: '镜像仓库', top3: ['distribute-images'], first: ['distribute-images', 'glossary'] },
    { query: '多阶段构建', top3: ['build-container-images'], first: ['build-container-images'] },
    { query: '写时复制', top3: ['image-vs-container'] },
    { query: '云服务镜像', top3: ['os-image-types'], first: ['os-image-types'] },
    { query: '物理服务器镜像', top3: ['os-image-types'], first: ['os-image-types'] },
    { query: '救援镜像', top3: ['os-image-types'], first: ['os-image-types'] },
    { query: '虚拟机镜像', top3: ['container-vs-vm-image'] },
    { query: '镜像和容器的区别', top3: ['image-vs-container'], first: ['image-vs-container'] },
    { query: '容器和虚拟机的区别', top3: ['container-vs-vm-image'], first: ['container-vs-vm-image'] },
    { query: 'Docker 镜像', top3: [], anyOf: dockerImagePages },
    { query: 'Docker镜像', top3: [], anyOf: dockerImagePages },
    { query: 'kernel', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os', 'glossary'] },
    { query: 'registry', top3: ['distribute-images'], first: ['distribute-images', 'glossary'] },
    { query: 'multi-stage', top3: ['build-container-images'], first: ['build-container-images', 'glossary'] },
    { query: '镜像签名', top3: ['secure-container-images'], first: ['secure-container-images', 'glossary'] },
    { query: '漏洞扫描', top3: ['secure-container-images'], first: ['secure-container-images'] },
    { query: 'Trivy', top3: ['secure-container-images'], first: ['secure-container-images'] },
    { query: 'Cosign', top3: ['secure-container-images'] },
    { query: 'Skopeo', top3: ['distribute-images'], first: ['distribute-images'] },
    { query: 'docker save', top3: ['distribute-images'], first: ['distribute-images'] },
    { query: 'dockerignore', top3: ['build-container-images'], first: ['build-container-images', 'glossary'] },
    { query: '非 root 用户', top3: ['secure-container-images'] },
    { query: 'distroless', top3: ['security-updates-customization'] },
    { query: '系统镜像', top3: ['system-vs-application-image'], first: ['system-vs-application-image'] },
    { query: '应用镜像是否包含操作系统', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os'] },
    { query: '场景评分', top3: ['choose'] },
    { query: '高性能计算', top3: ['os-image-types'] },
    { query: '生命周期', top3: ['anatomy-and-lifecycle'], first: ['anatomy-and-lifecycle'] },
    { query: '容器运行时', top3: ['anatomy-and-lifecycle'] },
    { query: '不可变基础设施', top3: [], anyOf: immutablePages },
    { query: 'cloud-init', top3: ['system-vs-application-image'] },
    { query: 'Firecracker', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os'] },
    { query: '命名空间', top3: ['app-image-and-the-os'] },
    { query: '术语表', top3: ['glossary'], first: ['glossary'] },
  ],
  en: [
    { query: 'kernel', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os', 'glossary'] },
    { query: 'user space', top3: ['app-image-and-the-os'] },
    { query: 'bootloader', top3: ['app-image-and-the-os'] },
    { query: 'registry', top3: ['distribute-images'], first: ['distribute-images', 'glossary'] },
    { query: 'multi-stage build', top3: ['build-container-images'], first: ['build-container-images'] },
    { query: 'copy-on-write', top3: ['image-vs-container'] },
    { query: 'cloud image', top3: ['os-image-types'], first: ['os-image-types', 'glossary'] },
    { query: 'physical server image', top3: ['os-image-types'], first: ['os-image-types', 'glossary'] },
    { query: 'live image', top3: ['os-image-types'], first: ['os-image-types', 'glossary'] },
    { query: 'virtual machine image', top3: ['container-vs-vm-image'] },
    { query: 'image vs container', top3: ['image-vs-container'], first: ['image-vs-container'] },
    { query: 'container vs virtual machine', top3: ['container-vs-vm-image'], first: ['container-vs-vm-image'] },
    { query: 'Docker image', top3: [], anyOf: dockerImagePages },
    { query: 'image signing', top3: ['secure-container-images'], first: ['secure-container-images', 'glossary'] },
    { query: 'vulnerability scanning', top3: ['secure-container-images'], first: ['secure-container-images'] },
    { query: 'Trivy', top3: ['secure-container-images'], first: ['secure-container-images'] },
    { query: 'Cosign', top3: ['secure-container-images'] },
    { query: 'Skopeo', top3: ['distribute-images'], first: ['distribute-images'] },
    { query: 'docker save', top3: ['distribute-images'], first: ['distribute-images'] },
    { query: 'dockerignore', top3: ['build-container-images'], first: ['build-container-images', 'glossary'] },
    { query: 'non-root user', top3: ['secure-container-images'] },
    { query: 'distroless', top3: ['security-updates-customization'] },
    { query: 'system image', top3: ['system-vs-application-image'], first: ['system-vs-application-image'] },
    { query: 'does an application image contain an OS', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os'] },
    { query: 'scenario ratings', top3: ['choose'] },
    { query: 'high-performance computing', top3: ['os-image-types'] },
    { query: 'lifecycle', top3: ['anatomy-and-lifecycle'], first: ['anatomy-and-lifecycle'] },
    { query: 'container runtime', top3: ['anatomy-and-lifecycle'] },
    { query: 'immutable infrastructure', top3: [], anyOf: immutablePages },
    { query: 'cloud-init', top3: ['system-vs-application-image'] },
    { query: 'Firecracker', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os'] },
    { query: 'namespaces', top3: ['app-image-and-the-os'] },
    { query: 'glossary', top3: ['glossary'], first: ['glossary'] },
    { query: '内核', top3: ['app-image-and-the-os'], first: ['app-image-and-the-os', 'glossary'] },
    { query: '镜像仓库', top3: ['distribute-images'], first: ['distribute-images', 'glossary'] },
    { query: '多阶段构建', top3: ['build-container-images'], first: ['build-container-images', 'glossary'] },
  ],
};

// ── Issue 17: OCI image internals, building system images, the decision guide ──────────────────
// Kept as one block so it merges cleanly with other additions above.
const oci = 'oci-image-internals';
const systemImages = 'build-system-images';
const guide = 'decision-guide';
const issue17: Record<'zh' | 'en', Judgement[]> = {
  zh: [
    { query: '镜像清单', top3: [oci], first: [oci] },
    { query: '镜像索引', top3: [oci], first: [oci] },
    { query: 'whiteout', top3: [oci], first: [oci] },
    { query: 'overlayfs', top3: [oci], first: [oci] },
    { query: 'referrers', top3: [oci], first: [oci] },
    { query: '多架构镜像', top3: [oci], first: [oci] },
    { query: 'DiffID', top3: [oci], first: [oci] },
    { query: '黄金镜像', top3: [systemImages], first: [systemImages] },
    { query: 'Packer', top3: [systemImages], first: [systemImages] },
    { query: 'mkosi', top3: [systemImages], first: [systemImages] },
    { query: 'bootc', top3: [systemImages], first: [systemImages] },
    { query: 'dm-verity', top3: [systemImages], first: [systemImages] },
    { query: 'A/B 更新', top3: [systemImages], first: [systemImages] },
    { query: '决策指南', top3: [guide], first: [guide] },
    { query: 'gVisor', top3: [guide], first: [guide] },
    { query: '裸金属', top3: [guide], first: [guide] },
  ],
  en: [
    { query: 'image manifest', top3: [oci], first: [oci] },
    { query: 'image index', top3: [oci], first: [oci] },
    { query: 'whiteout', top3: [oci], first: [oci] },
    { query: 'overlayfs', top3: [oci], first: [oci] },
    { query: 'referrers API', top3: [oci], first: [oci] },
    { query: 'multi-arch', top3: [oci], first: [oci] },
    { query: 'DiffID', top3: [oci], first: [oci] },
    { query: 'golden image', top3: [systemImages], first: [systemImages] },
    { query: 'Packer', top3: [systemImages], first: [systemImages] },
    { query: 'mkosi', top3: [systemImages], first: [systemImages] },
    { query: 'bootc', top3: [systemImages], first: [systemImages] },
    { query: 'dm-verity', top3: [systemImages], first: [systemImages] },
    // “update” alone also names security-updates-customization, which comes first; the page is second.
    { query: 'A/B update', top3: [systemImages] },
    { query: 'A/B partitions', top3: [systemImages], first: [systemImages] },
    { query: 'decision guide', top3: [guide], first: [guide] },
    { query: 'gVisor', top3: [guide], first: [guide] },
    { query: 'bare metal', top3: [guide], first: [guide] },
  ],
};
judgements.zh.push(...issue17.zh);
judgements.en.push(...issue17.en);
