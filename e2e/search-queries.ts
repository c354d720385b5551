/**
 * Search-quality judgements, typed into the search dialog by e2e/search.spec.ts.
 *
 * Each positive query names the pages that answer it (`pages`: the first result must be one of them
 * for precision@1, and one of them must be among the first three pages for recall@3) and, where one
 * section is clearly right, the acceptable sections (`sections`, `slug#id`, or just `slug` for the
 * top of a page) for section@1. `kind` says which sort of reader query it stands for. Negative
 * queries are about things the site does not cover: they must find nothing.
 *
 * Glossary entries are acceptable answers to term queries: they define the term and link to the
 * section that explains it.
 */
export interface Judgement {
  query: string;
  kind: 'term' | 'question' | 'mixed' | 'product' | 'cross-language' | 'plural' | 'typo';
  pages: string[];
  sections?: string[];
}

export type Lang = 'zh' | 'en';

const dockerImagePages = ['app-image-and-the-os', 'anatomy-and-lifecycle', 'build-container-images', 'system-vs-application-image', 'image-vs-container', 'oci-image-internals'];
const immutablePages = ['system-vs-application-image', 'security-updates-customization'];

/** Product names and one-typo words read the same in both languages. */
const bothLanguages: Judgement[] = [
  { kind: 'product', query: 'Trivy', pages: ['secure-container-images'], sections: ['secure-container-images#scan'] },
  { kind: 'product', query: 'Cosign', pages: ['secure-container-images', 'glossary'], sections: ['secure-container-images#sign-and-verify', 'glossary#term-cosign'] },
  { kind: 'product', query: 'Skopeo', pages: ['distribute-images', 'glossary'], sections: ['distribute-images#skopeo-crane', 'glossary#term-skopeo'] },
  { kind: 'product', query: 'Firecracker', pages: ['app-image-and-the-os'], sections: ['app-image-and-the-os#microvms'] },
  { kind: 'product', query: 'Kata Containers', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#microvms', 'glossary#term-kata-containers'] },
  { kind: 'product', query: 'cloud-init', pages: ['system-vs-application-image', 'os-image-types', 'glossary'], sections: ['system-vs-application-image#first-boot', 'system-vs-application-image#formats', 'glossary#term-cloud-init'] },
  { kind: 'product', query: 'distroless', pages: ['security-updates-customization', 'glossary'], sections: ['security-updates-customization#distroless', 'glossary#term-distroless'] },
  { kind: 'product', query: 'docker save', pages: ['distribute-images'], sections: ['distribute-images#save-load'] },
  { kind: 'typo', query: 'registery', pages: ['distribute-images', 'glossary'] },
  { kind: 'typo', query: 'kernal', pages: ['app-image-and-the-os', 'glossary'] },
  { kind: 'typo', query: 'Firecraker', pages: ['app-image-and-the-os'], sections: ['app-image-and-the-os#microvms'] },
];

export const judgements: Record<Lang, Judgement[]> = {
  zh: [
    { kind: 'term', query: '内核', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#kernel-vs-userland', 'glossary#term-kernel'] },
    { kind: 'term', query: '用户空间', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#kernel-vs-userland', 'glossary#term-user-space'] },
    { kind: 'term', query: '引导程序', pages: ['app-image-and-the-os', 'system-vs-application-image', 'glossary'], sections: ['app-image-and-the-os#system-image-contents', 'app-image-and-the-os#system-image-boot', 'system-vs-application-image#boot-sequence', 'glossary#term-bootloader'] },
    { kind: 'term', query: '镜像仓库', pages: ['distribute-images', 'glossary'], sections: ['distribute-images#public-registry', 'distribute-images#private-registry', 'glossary#term-registry'] },
    { kind: 'term', query: '多阶段构建', pages: ['build-container-images', 'secure-container-images', 'glossary'], sections: ['build-container-images#multi-stage', 'secure-container-images#multi-stage', 'glossary#term-multi-stage-build'] },
    { kind: 'term', query: '写时复制', pages: ['image-vs-container', 'glossary'], sections: ['image-vs-container#state', 'glossary#term-copy-on-write'] },
    { kind: 'term', query: '云服务镜像', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#cloud-image', 'glossary#term-cloud-image'] },
    { kind: 'term', query: '物理服务器镜像', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#physical-server-image', 'glossary#term-physical-server-image'] },
    { kind: 'term', query: '救援镜像', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#live-image', 'glossary#term-live-image'] },
    { kind: 'term', query: '虚拟机镜像', pages: ['container-vs-vm-image', 'os-image-types', 'glossary'] },
    { kind: 'term', query: '镜像签名', pages: ['secure-container-images', 'glossary'], sections: ['secure-container-images#sign-and-verify', 'glossary#term-image-signing'] },
    { kind: 'term', query: '漏洞扫描', pages: ['secure-container-images', 'glossary'], sections: ['secure-container-images#scan', 'glossary#term-vulnerability-scanner'] },
    { kind: 'term', query: '生命周期', pages: ['anatomy-and-lifecycle'], sections: ['anatomy-and-lifecycle#lifecycle'] },
    { kind: 'term', query: '容器运行时', pages: ['anatomy-and-lifecycle', 'container-vs-vm-image', 'glossary'], sections: ['anatomy-and-lifecycle#runtime', 'anatomy-and-lifecycle#runtime-stage', 'glossary#term-container-runtime'] },
    { kind: 'term', query: '命名空间', pages: ['app-image-and-the-os', 'anatomy-and-lifecycle', 'glossary'] },
    { kind: 'term', query: '术语表', pages: ['glossary'], sections: ['glossary'] },
    { kind: 'term', query: '场景评分', pages: ['os-image-types', 'choose'], sections: ['os-image-types#scenario-ratings'] },
    { kind: 'term', query: '不可变基础设施', pages: [...immutablePages, 'glossary'] },
    { kind: 'term', query: '系统镜像', pages: ['system-vs-application-image', 'glossary'], sections: ['system-vs-application-image#system-image', 'system-vs-application-image#definitions', 'glossary#term-system-image'] },
    { kind: 'term', query: '高性能计算', pages: ['choose', 'os-image-types'], sections: ['choose#caveat-hpc'] },
    { kind: 'question', query: '镜像和容器的区别', pages: ['image-vs-container'] },
    { kind: 'question', query: '容器和虚拟机的区别', pages: ['container-vs-vm-image'] },
    { kind: 'question', query: '应用镜像是否包含操作系统', pages: ['app-image-and-the-os'] },
    { kind: 'question', query: '容器默认是 root 运行吗', pages: ['secure-container-images', 'system-vs-application-image'], sections: ['secure-container-images#non-root', 'system-vs-application-image#security'] },
    { kind: 'question', query: '删除容器后数据还在吗', pages: ['image-vs-container'], sections: ['image-vs-container#state'] },
    { kind: 'question', query: '怎么让镜像更小', pages: ['build-container-images'], sections: ['build-container-images#shrink', 'build-container-images#smaller-base'] },
    { kind: 'question', query: '什么是云服务镜像', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#cloud-image', 'glossary#term-cloud-image'] },
    { kind: 'question', query: '怎么把镜像传到离线环境', pages: ['distribute-images'], sections: ['distribute-images#save-load', 'distribute-images#security'] },
    { kind: 'question', query: '为什么要给镜像签名', pages: ['secure-container-images'], sections: ['secure-container-images#sign-and-verify'] },
    { kind: 'question', query: '虚拟机 快照', pages: ['os-image-types', 'system-vs-application-image', 'app-image-and-the-os'], sections: ['os-image-types#vm-image', 'system-vs-application-image#deployment'] },
    { kind: 'mixed', query: 'Docker 镜像', pages: dockerImagePages },
    { kind: 'mixed', query: 'Docker镜像分层', pages: ['app-image-and-the-os', 'anatomy-and-lifecycle'], sections: ['app-image-and-the-os#layer-stack', 'anatomy-and-lifecycle#layer-sharing', 'anatomy-and-lifecycle#base-layer'] },
    { kind: 'mixed', query: '非 root 用户', pages: ['secure-container-images', 'system-vs-application-image'], sections: ['secure-container-images#non-root', 'system-vs-application-image#security'] },
    { kind: 'mixed', query: 'Dockerfile 指令顺序', pages: ['build-container-images'], sections: ['build-container-images#layer-order'] },
    { kind: 'mixed', query: 'LABEL 元数据', pages: ['build-container-images'], sections: ['build-container-images#labels'] },
    { kind: 'mixed', query: '.dockerignore 构建上下文', pages: ['build-container-images'], sections: ['build-container-images#dockerignore', 'build-container-images#build'] },
    { kind: 'product', query: 'Buildpacks', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#buildpacks', 'glossary#term-buildpacks'] },
    { kind: 'cross-language', query: 'kernel', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#kernel-vs-userland', 'glossary#term-kernel'] },
    { kind: 'cross-language', query: 'registry', pages: ['distribute-images', 'glossary'], sections: ['distribute-images#public-registry', 'distribute-images#private-registry', 'glossary#term-registry'] },
    { kind: 'cross-language', query: 'multi-stage build', pages: ['build-container-images', 'secure-container-images', 'glossary'], sections: ['build-container-images#multi-stage', 'secure-container-images#multi-stage', 'glossary#term-multi-stage-build'] },
    { kind: 'cross-language', query: 'copy-on-write', pages: ['image-vs-container', 'glossary'], sections: ['image-vs-container#state', 'glossary#term-copy-on-write'] },
    { kind: 'plural', query: 'namespaces', pages: ['app-image-and-the-os', 'anatomy-and-lifecycle', 'glossary'] },
    ...bothLanguages,
  ],
  en: [
    { kind: 'term', query: 'kernel', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#kernel-vs-userland', 'glossary#term-kernel'] },
    { kind: 'term', query: 'user space', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#kernel-vs-userland', 'glossary#term-user-space'] },
    { kind: 'term', query: 'bootloader', pages: ['app-image-and-the-os', 'system-vs-application-image', 'glossary'], sections: ['app-image-and-the-os#system-image-contents', 'app-image-and-the-os#system-image-boot', 'system-vs-application-image#boot-sequence', 'glossary#term-bootloader'] },
    { kind: 'term', query: 'registry', pages: ['distribute-images', 'glossary'], sections: ['distribute-images#public-registry', 'distribute-images#private-registry', 'glossary#term-registry'] },
    { kind: 'term', query: 'multi-stage build', pages: ['build-container-images', 'secure-container-images', 'glossary'], sections: ['build-container-images#multi-stage', 'secure-container-images#multi-stage', 'glossary#term-multi-stage-build'] },
    { kind: 'term', query: 'copy-on-write', pages: ['image-vs-container', 'glossary'], sections: ['image-vs-container#state', 'glossary#term-copy-on-write'] },
    { kind: 'term', query: 'cloud image', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#cloud-image', 'glossary#term-cloud-image'] },
    { kind: 'term', query: 'physical server image', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#physical-server-image', 'glossary#term-physical-server-image'] },
    { kind: 'term', query: 'live image', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#live-image', 'glossary#term-live-image'] },
    { kind: 'term', query: 'virtual machine image', pages: ['container-vs-vm-image', 'os-image-types', 'glossary'] },
    { kind: 'term', query: 'image signing', pages: ['secure-container-images', 'glossary'], sections: ['secure-container-images#sign-and-verify', 'glossary#term-image-signing'] },
    { kind: 'term', query: 'vulnerability scanning', pages: ['secure-container-images', 'glossary'], sections: ['secure-container-images#scan', 'glossary#term-vulnerability-scanner'] },
    { kind: 'term', query: 'lifecycle', pages: ['anatomy-and-lifecycle'], sections: ['anatomy-and-lifecycle#lifecycle'] },
    { kind: 'term', query: 'container runtime', pages: ['anatomy-and-lifecycle', 'container-vs-vm-image', 'glossary'], sections: ['anatomy-and-lifecycle#runtime', 'anatomy-and-lifecycle#runtime-stage', 'glossary#term-container-runtime'] },
    { kind: 'term', query: 'glossary', pages: ['glossary'], sections: ['glossary'] },
    { kind: 'term', query: 'scenario ratings', pages: ['os-image-types', 'choose'], sections: ['os-image-types#scenario-ratings'] },
    { kind: 'term', query: 'immutable infrastructure', pages: [...immutablePages, 'glossary'] },
    { kind: 'term', query: 'system image', pages: ['system-vs-application-image', 'glossary'], sections: ['system-vs-application-image#system-image', 'system-vs-application-image#definitions', 'glossary#term-system-image'] },
    { kind: 'term', query: 'high-performance computing', pages: ['choose', 'os-image-types'], sections: ['choose#caveat-hpc'] },
    { kind: 'question', query: 'image vs container', pages: ['image-vs-container'] },
    { kind: 'question', query: 'container vs virtual machine', pages: ['container-vs-vm-image'] },
    { kind: 'question', query: 'does an application image contain an OS', pages: ['app-image-and-the-os'] },
    { kind: 'question', query: 'why does my container run as root', pages: ['secure-container-images', 'system-vs-application-image'], sections: ['secure-container-images#non-root', 'system-vs-application-image#security'] },
    { kind: 'question', query: 'is the data gone when a container is deleted', pages: ['image-vs-container'], sections: ['image-vs-container#state'] },
    { kind: 'question', query: 'how to make a docker image smaller', pages: ['build-container-images'], sections: ['build-container-images#shrink', 'build-container-images#smaller-base'] },
    { kind: 'question', query: 'what is a cloud image', pages: ['os-image-types', 'glossary'], sections: ['os-image-types#cloud-image', 'glossary#term-cloud-image'] },
    { kind: 'question', query: 'how do I move an image to an air-gapped machine', pages: ['distribute-images'], sections: ['distribute-images#save-load', 'distribute-images#security'] },
    { kind: 'question', query: 'why sign container images', pages: ['secure-container-images'], sections: ['secure-container-images#sign-and-verify'] },
    { kind: 'question', query: 'layer caching', pages: ['build-container-images'], sections: ['build-container-images#layer-order'] },
    { kind: 'question', query: 'build context', pages: ['build-container-images'], sections: ['build-container-images#dockerignore', 'build-container-images#build'] },
    { kind: 'mixed', query: 'Docker 镜像', pages: dockerImagePages },
    { kind: 'mixed', query: 'Docker 镜像仓库', pages: ['distribute-images', 'build-container-images', 'glossary'], sections: ['distribute-images#public-registry', 'distribute-images#private-registry', 'build-container-images#push', 'glossary#term-registry'] },
    { kind: 'product', query: 'BusyBox', pages: ['app-image-and-the-os'], sections: ['app-image-and-the-os#kernel-vs-userland', 'app-image-and-the-os#layer-stack'] },
    { kind: 'cross-language', query: '内核', pages: ['app-image-and-the-os', 'glossary'], sections: ['app-image-and-the-os#kernel-vs-userland', 'glossary#term-kernel'] },
    { kind: 'cross-language', query: '镜像仓库', pages: ['distribute-images', 'glossary'], sections: ['distribute-images#public-registry', 'distribute-images#private-registry', 'glossary#term-registry'] },
    { kind: 'cross-language', query: '多阶段构建', pages: ['build-container-images', 'secure-container-images', 'glossary'], sections: ['build-container-images#multi-stage', 'secure-container-images#multi-stage', 'glossary#term-multi-stage-build'] },
    { kind: 'cross-language', query: '写时复制', pages: ['image-vs-container', 'glossary'], sections: ['image-vs-container#state', 'glossary#term-copy-on-write'] },
    { kind: 'plural', query: 'namespaces', pages: ['app-image-and-the-os', 'anatomy-and-lifecycle', 'glossary'] },
    { kind: 'plural', query: 'registries', pages: ['distribute-images', 'glossary'], sections: ['distribute-images#public-registry', 'distribute-images#private-registry', 'glossary#term-registry'] },
    { kind: 'plural', query: 'snapshots', pages: ['os-image-types', 'app-image-and-the-os', 'system-vs-application-image', 'build-system-images', 'glossary'] },
    { kind: 'plural', query: 'hypervisors', pages: ['container-vs-vm-image', 'glossary'], sections: ['container-vs-vm-image#implementation', 'glossary#term-hypervisor'] },
    { kind: 'typo', query: 'hypervisior', pages: ['container-vs-vm-image', 'glossary'] },
    ...bothLanguages,
  ],
};

/**
 * Queries about things the site does not cover, some built from words that do occur on it
 * ("compression", "machine", "block"). Helm charts (as OCI artifacts) and GPU drivers are covered
 * by the depth pages, so they are not here.
 */
export const negatives: Record<Lang, string[]> = {
  zh: ['区块链', '价格', '显卡驱动', '机器学习', '天气预报'],
  en: ['quantum computing', 'blockchain', 'jpeg compression', 'password reset', 'machine learning'],
};

/** The depth pages' key terms: each must find its page first. */
const oci = 'oci-image-internals';
const systemImages = 'build-system-images';
const guide = 'decision-guide';
const issue17: Record<Lang, Judgement[]> = {
  zh: [
    { kind: 'term', query: '镜像清单', pages: [oci] },
    { kind: 'term', query: '镜像索引', pages: [oci] },
    { kind: 'product', query: 'whiteout', pages: [oci] },
    { kind: 'product', query: 'overlayfs', pages: [oci] },
    { kind: 'product', query: 'referrers', pages: [oci] },
    { kind: 'term', query: '多架构镜像', pages: [oci] },
    { kind: 'product', query: 'DiffID', pages: [oci] },
    { kind: 'term', query: '黄金镜像', pages: [systemImages] },
    { kind: 'product', query: 'Packer', pages: [systemImages] },
    { kind: 'product', query: 'mkosi', pages: [systemImages] },
    { kind: 'product', query: 'bootc', pages: [systemImages] },
    { kind: 'product', query: 'dm-verity', pages: [systemImages] },
    { kind: 'term', query: 'A/B 更新', pages: [systemImages] },
    { kind: 'term', query: '决策指南', pages: [guide] },
    { kind: 'product', query: 'gVisor', pages: [guide] },
    { kind: 'term', query: '裸金属', pages: [guide] },
  ],
  en: [
    { kind: 'term', query: 'image manifest', pages: [oci] },
    { kind: 'term', query: 'image index', pages: [oci] },
    { kind: 'product', query: 'whiteout', pages: [oci] },
    { kind: 'product', query: 'overlayfs', pages: [oci] },
    { kind: 'product', query: 'referrers API', pages: [oci] },
    { kind: 'term', query: 'multi-arch', pages: [oci] },
    { kind: 'product', query: 'DiffID', pages: [oci] },
    { kind: 'term', query: 'golden image', pages: [systemImages] },
    { kind: 'product', query: 'Packer', pages: [systemImages] },
    { kind: 'product', query: 'mkosi', pages: [systemImages] },
    { kind: 'product', query: 'bootc', pages: [systemImages] },
    { kind: 'product', query: 'dm-verity', pages: [systemImages] },
    { kind: 'term', query: 'A/B partitions', pages: [systemImages] },
    { kind: 'term', query: 'decision guide', pages: [guide] },
    { kind: 'product', query: 'gVisor', pages: [guide] },
    { kind: 'term', query: 'bare metal', pages: [guide] },
  ],
};
judgements.zh.push(...issue17.zh);
judgements.en.push(...issue17.en);
