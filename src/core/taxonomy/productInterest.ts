/**
 * Product-interest trees. Each show defines its own (the organizer's product categories, which
 * exhibitors also pick for their booths); the default below is an example for an industrial and
 * electronics fair, not a standard. Ids are stable keys stored with answers and leads; labels
 * may be edited freely.
 */
import { label, type LocalisedLabel } from './labels';

export interface ProductNode {
  id: string;
  labels: LocalisedLabel;
  children?: ProductNode[];
}

function node(id: string, zhCN: string, zhTW: string, en: string, children?: ProductNode[]): ProductNode {
  return children ? { id, labels: label(zhCN, zhTW, en), children } : { id, labels: label(zhCN, zhTW, en) };
}

export const DEFAULT_PRODUCT_TREE: readonly ProductNode[] = [
  node('electronic_components', '电子元器件', '電子元器件', 'Electronic components', [
    node('semiconductors', '半导体与集成电路', '半導體與積體電路', 'Semiconductors and ICs'),
    node('passive_components', '被动元件', '被動元件', 'Passive components'),
    node('connectors', '连接器', '連接器', 'Connectors'),
    node('pcb_ems', 'PCB与电子制造服务', 'PCB與電子製造服務', 'PCB and EMS'),
    node('displays', '显示与光电', '顯示與光電', 'Displays and optoelectronics'),
    node('sensors', '传感器', '感測器', 'Sensors'),
  ]),
  node('industrial_automation', '工业自动化', '工業自動化', 'Industrial automation', [
    node('control_systems', '控制系统与PLC', '控制系統與PLC', 'Control systems and PLCs'),
    node('drives_motion', '驱动与运动控制', '驅動與運動控制', 'Drives and motion control'),
    node('industrial_robots', '工业机器人', '工業機器人', 'Industrial robots'),
    node('machine_vision', '机器视觉', '機器視覺', 'Machine vision'),
    node('industrial_software', '工业软件与物联网', '工業軟體與物聯網', 'Industrial software and IoT'),
  ]),
  node('machinery', '机械设备', '機械設備', 'Machinery', [
    node('machine_tools', '机床与加工中心', '工具機與加工中心', 'Machine tools'),
    node('fluid_power', '液压与气动', '液壓與氣動', 'Hydraulics and pneumatics'),
    node('power_transmission', '轴承与传动', '軸承與傳動', 'Bearings and power transmission'),
    node('moulds', '模具', '模具', 'Moulds and dies'),
    node('packaging_machinery', '包装机械', '包裝機械', 'Packaging machinery'),
  ]),
  node('electrical_energy', '电气与能源', '電氣與能源', 'Electrical and energy', [
    node('low_voltage', '低压电器', '低壓電器', 'Low-voltage equipment'),
    node('wires_cables', '电线电缆', '電線電纜', 'Wires and cables'),
    node('power_storage', '电源与储能', '電源與儲能', 'Power supplies and storage'),
    node('solar_pv', '光伏', '光電', 'Solar PV'),
    node('ev_charging', '充电设施', '充電設施', 'EV charging'),
  ]),
  node('materials', '材料', '材料', 'Materials', [
    node('metal_materials', '金属材料', '金屬材料', 'Metals'),
    node('plastics_rubber', '塑料与橡胶', '塑膠與橡膠', 'Plastics and rubber'),
    node('chemicals', '化工原料', '化工原料', 'Chemicals'),
    node('composites', '复合材料', '複合材料', 'Composites'),
  ]),
  node('test_measurement', '检测与测量', '檢測與量測', 'Test and measurement', [
    node('test_instruments', '测试测量仪器', '測試量測儀器', 'Test instruments'),
    node('testing_services', '检测认证服务', '檢測認證服務', 'Testing and certification services'),
  ]),
  node('logistics_equipment', '物流与仓储', '物流與倉儲', 'Logistics and warehousing', [
    node('warehouse_automation', '仓储自动化', '倉儲自動化', 'Warehouse automation'),
    node('material_handling', '物料搬运', '物料搬運', 'Material handling'),
  ]),
];

export function* walkProductTree(nodes: readonly ProductNode[], parents: readonly string[] = []): Generator<{ node: ProductNode; path: readonly string[] }> {
  for (const n of nodes) {
    const path = [...parents, n.id];
    yield { node: n, path };
    if (n.children) yield* walkProductTree(n.children, path);
  }
}

/** Every node by id, with the ids from the root down to it. */
export function indexProductTree(nodes: readonly ProductNode[]): Map<string, { node: ProductNode; path: readonly string[] }> {
  const index = new Map<string, { node: ProductNode; path: readonly string[] }>();
  for (const entry of walkProductTree(nodes)) index.set(entry.node.id, entry);
  return index;
}
