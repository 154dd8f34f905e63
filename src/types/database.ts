export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12"
  }
  public: {
    Tables: {
      activities: {
        Row: {
          created_at: string
          created_by: string | null
          description: string
          ends_on: string
          id: string
          kind: Database["public"]["Enums"]["activity_kind"]
          localisation_stage:
            | Database["public"]["Enums"]["localisation_stage"]
            | null
          participants_men: number
          participants_other: number
          participants_women: number
          partnership_id: string
          place: string
          principles: Database["public"]["Enums"]["principle"][]
          starts_on: string
          target_groups: Database["public"]["Enums"]["target_group"][]
          title: string
          updated_at: string
          version: number
          year: number | null
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          description?: string
          ends_on: string
          id?: string
          kind: Database["public"]["Enums"]["activity_kind"]
          localisation_stage?:
            | Database["public"]["Enums"]["localisation_stage"]
            | null
          participants_men?: number
          participants_other?: number
          participants_women?: number
          partnership_id: string
          place?: string
          principles?: Database["public"]["Enums"]["principle"][]
          starts_on: string
          target_groups?: Database["public"]["Enums"]["target_group"][]
          title: string
          updated_at?: string
          version?: number
          year?: never
        }
        Update: {
          created_at?: string
          created_by?: string | null
          description?: string
          ends_on?: string
          id?: string
          kind?: Database["public"]["Enums"]["activity_kind"]
          localisation_stage?:
            | Database["public"]["Enums"]["localisation_stage"]
            | null
          participants_men?: number
          participants_other?: number
          participants_women?: number
          partnership_id?: string
          place?: string
          principles?: Database["public"]["Enums"]["principle"][]
          starts_on?: string
          target_groups?: Database["public"]["Enums"]["target_group"][]
          title?: string
          updated_at?: string
          version?: number
          year?: never
        }
        Relationships: [
          {
            foreignKeyName: "activities_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "activities_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
        ]
      }
      activity_evidence_links: {
        Row: {
          activity_id: string
          created_at: string
          evidence_id: string
          partnership_id: string
        }
        Insert: {
          activity_id: string
          created_at?: string
          evidence_id: string
          partnership_id: string
        }
        Update: {
          activity_id?: string
          created_at?: string
          evidence_id?: string
          partnership_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "activity_evidence_links_activity_id_partnership_id_fkey"
            columns: ["activity_id", "partnership_id"]
            referencedRelation: "activities"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "activity_evidence_links_evidence_id_fkey"
            columns: ["evidence_id"]
            referencedRelation: "evidence"
            referencedColumns: ["id"]
          },
        ]
      }
      activity_facts: {
        Row: {
          activities: number
          activities_direct: number
          activities_indirect: number
          goal_id: number
          implement_follow_up: number
          inform_include: number
          participants_men: number
          participants_other: number
          participants_women: number
          partnership_id: string
          principle: string
          set_local_agenda: number
          year: number
        }
        Insert: {
          activities?: number
          activities_direct?: number
          activities_indirect?: number
          goal_id: number
          implement_follow_up?: number
          inform_include?: number
          participants_men?: number
          participants_other?: number
          participants_women?: number
          partnership_id: string
          principle: string
          set_local_agenda?: number
          year: number
        }
        Update: {
          activities?: number
          activities_direct?: number
          activities_indirect?: number
          goal_id?: number
          implement_follow_up?: number
          inform_include?: number
          participants_men?: number
          participants_other?: number
          participants_women?: number
          partnership_id?: string
          principle?: string
          set_local_agenda?: number
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "activity_facts_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
        ]
      }
      activity_targets: {
        Row: {
          activity_id: string
          contribution: Database["public"]["Enums"]["contribution"]
          partnership_id: string
          target_id: string
        }
        Insert: {
          activity_id: string
          contribution: Database["public"]["Enums"]["contribution"]
          partnership_id: string
          target_id: string
        }
        Update: {
          activity_id?: string
          contribution?: Database["public"]["Enums"]["contribution"]
          partnership_id?: string
          target_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "activity_targets_activity_id_partnership_id_fkey"
            columns: ["activity_id", "partnership_id"]
            referencedRelation: "activities"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "activity_targets_target_id_fkey"
            columns: ["target_id"]
            referencedRelation: "sdg_targets"
            referencedColumns: ["id"]
          },
        ]
      }
      country_regions: {
        Row: {
          country_code: string
          region: string
        }
        Insert: {
          country_code: string
          region: string
        }
        Update: {
          country_code?: string
          region?: string
        }
        Relationships: []
      }
      evidence: {
        Row: {
          activity_id: string | null
          created_at: string
          file_name: string
          id: string
          indicator_value_id: string | null
          mime_type: string
          object_path: string
          partnership_id: string
          report_id: string | null
          result_id: string | null
          size_bytes: number
          uploaded_by: string | null
        }
        Insert: {
          activity_id?: string | null
          created_at?: string
          file_name: string
          id?: string
          indicator_value_id?: string | null
          mime_type: string
          object_path: string
          partnership_id: string
          report_id?: string | null
          result_id?: string | null
          size_bytes: number
          uploaded_by?: string | null
        }
        Update: {
          activity_id?: string | null
          created_at?: string
          file_name?: string
          id?: string
          indicator_value_id?: string | null
          mime_type?: string
          object_path?: string
          partnership_id?: string
          report_id?: string | null
          result_id?: string | null
          size_bytes?: number
          uploaded_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "evidence_activity_id_partnership_id_fkey"
            columns: ["activity_id", "partnership_id"]
            referencedRelation: "activities"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "evidence_indicator_value_id_partnership_id_fkey"
            columns: ["indicator_value_id", "partnership_id"]
            referencedRelation: "indicator_values"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "evidence_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "evidence_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "evidence_result_id_partnership_id_fkey"
            columns: ["result_id", "partnership_id"]
            referencedRelation: "results"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "evidence_uploaded_by_fkey"
            columns: ["uploaded_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      history: {
        Row: {
          action: string
          actor_id: string | null
          after: Json | null
          before: Json | null
          changed_at: string
          id: number
          partnership_id: string
          row_id: string
          table_name: string
        }
        Insert: {
          action: string
          actor_id?: string | null
          after?: Json | null
          before?: Json | null
          changed_at?: string
          id?: never
          partnership_id: string
          row_id: string
          table_name: string
        }
        Update: {
          action?: string
          actor_id?: string | null
          after?: Json | null
          before?: Json | null
          changed_at?: string
          id?: never
          partnership_id?: string
          row_id?: string
          table_name?: string
        }
        Relationships: []
      }
      indicator_facts: {
        Row: {
          achieved: number | null
          first_year: number
          indicator_id: string
          last_year: number
          next_year: number | null
          partnership_id: string
          prior_year: number | null
          sdg_indicator_id: string
          share: number | null
          target: number | null
          through_year: number | null
        }
        Insert: {
          achieved?: number | null
          first_year: number
          indicator_id: string
          last_year: number
          next_year?: number | null
          partnership_id: string
          prior_year?: number | null
          sdg_indicator_id: string
          share?: number | null
          target?: number | null
          through_year?: number | null
        }
        Update: {
          achieved?: number | null
          first_year?: number
          indicator_id?: string
          last_year?: number
          next_year?: number | null
          partnership_id?: string
          prior_year?: number | null
          sdg_indicator_id?: string
          share?: number | null
          target?: number | null
          through_year?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "indicator_facts_indicator_id_fkey"
            columns: ["indicator_id"]
            referencedRelation: "indicators"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "indicator_facts_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "indicator_facts_sdg_indicator_id_fkey"
            columns: ["sdg_indicator_id"]
            referencedRelation: "sdg_indicators"
            referencedColumns: ["id"]
          },
        ]
      }
      indicator_values: {
        Row: {
          actual_value: number | null
          comment: string
          created_at: string
          id: string
          indicator_id: string
          partnership_id: string
          sex: Database["public"]["Enums"]["sex"]
          target_value: number | null
          updated_at: string
          version: number
          year: number
        }
        Insert: {
          actual_value?: number | null
          comment?: string
          created_at?: string
          id?: string
          indicator_id: string
          partnership_id: string
          sex?: Database["public"]["Enums"]["sex"]
          target_value?: number | null
          updated_at?: string
          version?: number
          year: number
        }
        Update: {
          actual_value?: number | null
          comment?: string
          created_at?: string
          id?: string
          indicator_id?: string
          partnership_id?: string
          sex?: Database["public"]["Enums"]["sex"]
          target_value?: number | null
          updated_at?: string
          version?: number
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "indicator_values_indicator_id_partnership_id_fkey"
            columns: ["indicator_id", "partnership_id"]
            referencedRelation: "indicators"
            referencedColumns: ["id", "partnership_id"]
          },
        ]
      }
      indicators: {
        Row: {
          aggregation: Database["public"]["Enums"]["aggregation"]
          baseline_value: number | null
          baseline_year: number | null
          created_at: string
          disaggregated_by_sex: boolean
          higher_is_better: boolean
          id: string
          measure: Database["public"]["Enums"]["measure"]
          partnership_id: string
          result_id: string
          sdg_indicator_id: string | null
          title: string
          unit: string
          updated_at: string
          version: number
        }
        Insert: {
          aggregation?: Database["public"]["Enums"]["aggregation"]
          baseline_value?: number | null
          baseline_year?: number | null
          created_at?: string
          disaggregated_by_sex?: boolean
          higher_is_better?: boolean
          id?: string
          measure: Database["public"]["Enums"]["measure"]
          partnership_id: string
          result_id: string
          sdg_indicator_id?: string | null
          title: string
          unit?: string
          updated_at?: string
          version?: number
        }
        Update: {
          aggregation?: Database["public"]["Enums"]["aggregation"]
          baseline_value?: number | null
          baseline_year?: number | null
          created_at?: string
          disaggregated_by_sex?: boolean
          higher_is_better?: boolean
          id?: string
          measure?: Database["public"]["Enums"]["measure"]
          partnership_id?: string
          result_id?: string
          sdg_indicator_id?: string | null
          title?: string
          unit?: string
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "indicators_result_id_partnership_id_fkey"
            columns: ["result_id", "partnership_id"]
            referencedRelation: "results"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "indicators_sdg_indicator_id_fkey"
            columns: ["sdg_indicator_id"]
            referencedRelation: "sdg_indicators"
            referencedColumns: ["id"]
          },
        ]
      }
      invitations: {
        Row: {
          accepted_at: string | null
          created_at: string
          email: string
          granted_at: string | null
          id: string
          invited_by: string | null
          partnership_id: string | null
          role: string
          sent_at: string | null
          side: Database["public"]["Enums"]["partnership_side"] | null
          user_id: string | null
        }
        Insert: {
          accepted_at?: string | null
          created_at?: string
          email: string
          granted_at?: string | null
          id?: string
          invited_by?: string | null
          partnership_id?: string | null
          role: string
          sent_at?: string | null
          side?: Database["public"]["Enums"]["partnership_side"] | null
          user_id?: string | null
        }
        Update: {
          accepted_at?: string | null
          created_at?: string
          email?: string
          granted_at?: string | null
          id?: string
          invited_by?: string | null
          partnership_id?: string | null
          role?: string
          sent_at?: string | null
          side?: Database["public"]["Enums"]["partnership_side"] | null
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "invitations_invited_by_fkey"
            columns: ["invited_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "invitations_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "invitations_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      memberships: {
        Row: {
          created_at: string
          partnership_id: string
          role: Database["public"]["Enums"]["membership_role"]
          side: Database["public"]["Enums"]["partnership_side"]
          user_id: string
        }
        Insert: {
          created_at?: string
          partnership_id: string
          role: Database["public"]["Enums"]["membership_role"]
          side?: Database["public"]["Enums"]["partnership_side"]
          user_id: string
        }
        Update: {
          created_at?: string
          partnership_id?: string
          role?: Database["public"]["Enums"]["membership_role"]
          side?: Database["public"]["Enums"]["partnership_side"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "memberships_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "memberships_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      organisations: {
        Row: {
          country_code: string
          created_at: string
          iati_ref: string | null
          id: string
          kind: Database["public"]["Enums"]["organisation_kind"]
          municipality_code: string | null
          name: string
          updated_at: string
          version: number
        }
        Insert: {
          country_code: string
          created_at?: string
          iati_ref?: string | null
          id?: string
          kind: Database["public"]["Enums"]["organisation_kind"]
          municipality_code?: string | null
          name: string
          updated_at?: string
          version?: number
        }
        Update: {
          country_code?: string
          created_at?: string
          iati_ref?: string | null
          id?: string
          kind?: Database["public"]["Enums"]["organisation_kind"]
          municipality_code?: string | null
          name?: string
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "organisations_municipality_code_fkey"
            columns: ["municipality_code"]
            referencedRelation: "swedish_local_authorities"
            referencedColumns: ["code"]
          },
        ]
      }
      partnership_organisations: {
        Row: {
          created_at: string
          organisation_id: string
          partnership_id: string
          side: Database["public"]["Enums"]["partnership_side"]
        }
        Insert: {
          created_at?: string
          organisation_id: string
          partnership_id: string
          side: Database["public"]["Enums"]["partnership_side"]
        }
        Update: {
          created_at?: string
          organisation_id?: string
          partnership_id?: string
          side?: Database["public"]["Enums"]["partnership_side"]
        }
        Relationships: [
          {
            foreignKeyName: "partnership_organisations_organisation_id_fkey"
            columns: ["organisation_id"]
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "partnership_organisations_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
        ]
      }
      partnerships: {
        Row: {
          created_at: string
          description: string
          ends_year: number | null
          focus_goal_ids: number[]
          id: string
          is_public: boolean
          name: string
          programme: string
          starts_year: number
          status: Database["public"]["Enums"]["partnership_status"]
          updated_at: string
          version: number
        }
        Insert: {
          created_at?: string
          description?: string
          ends_year?: number | null
          focus_goal_ids?: number[]
          id?: string
          is_public?: boolean
          name: string
          programme?: string
          starts_year: number
          status?: Database["public"]["Enums"]["partnership_status"]
          updated_at?: string
          version?: number
        }
        Update: {
          created_at?: string
          description?: string
          ends_year?: number | null
          focus_goal_ids?: number[]
          id?: string
          is_public?: boolean
          name?: string
          programme?: string
          starts_year?: number
          status?: Database["public"]["Enums"]["partnership_status"]
          updated_at?: string
          version?: number
        }
        Relationships: []
      }
      profiles: {
        Row: {
          created_at: string
          digest_frequency: Database["public"]["Enums"]["digest_frequency"]
          full_name: string
          id: string
          preferred_language: string
          updated_at: string
          version: number
        }
        Insert: {
          created_at?: string
          digest_frequency?: Database["public"]["Enums"]["digest_frequency"]
          full_name?: string
          id: string
          preferred_language?: string
          updated_at?: string
          version?: number
        }
        Update: {
          created_at?: string
          digest_frequency?: Database["public"]["Enums"]["digest_frequency"]
          full_name?: string
          id?: string
          preferred_language?: string
          updated_at?: string
          version?: number
        }
        Relationships: []
      }
      programme_activity_facts: {
        Row: {
          activities: number
          activities_direct: number
          activities_indirect: number
          goal_id: number
          implement_follow_up: number
          inform_include: number
          participants_men: number
          participants_other: number
          participants_women: number
          place: string
          principle: string
          set_local_agenda: number
          year: number
        }
        Insert: {
          activities: number
          activities_direct: number
          activities_indirect: number
          goal_id: number
          implement_follow_up: number
          inform_include: number
          participants_men: number
          participants_other: number
          participants_women: number
          place: string
          principle: string
          set_local_agenda: number
          year: number
        }
        Update: {
          activities?: number
          activities_direct?: number
          activities_indirect?: number
          goal_id?: number
          implement_follow_up?: number
          inform_include?: number
          participants_men?: number
          participants_other?: number
          participants_women?: number
          place?: string
          principle?: string
          set_local_agenda?: number
          year?: number
        }
        Relationships: []
      }
      programme_result_facts: {
        Row: {
          direct: boolean
          goal_id: number
          place: string
          results: number
          years: number[]
        }
        Insert: {
          direct: boolean
          goal_id: number
          place: string
          results: number
          years: number[]
        }
        Update: {
          direct?: boolean
          goal_id?: number
          place?: string
          results?: number
          years?: number[]
        }
        Relationships: []
      }
      programme_settings: {
        Row: {
          iati_activity_prefix: string
          id: boolean
          reporting_org_name: string
          reporting_org_ref: string
          reporting_org_type: string
          updated_at: string
          version: number
        }
        Insert: {
          iati_activity_prefix?: string
          id?: boolean
          reporting_org_name?: string
          reporting_org_ref?: string
          reporting_org_type?: string
          updated_at?: string
          version?: number
        }
        Update: {
          iati_activity_prefix?: string
          id?: boolean
          reporting_org_name?: string
          reporting_org_ref?: string
          reporting_org_type?: string
          updated_at?: string
          version?: number
        }
        Relationships: []
      }
      programme_target_facts: {
        Row: {
          activities_direct: number
          activities_indirect: number
          goal_id: number
          place: string
          principle: string
          target_id: string
          year: number
        }
        Insert: {
          activities_direct: number
          activities_indirect: number
          goal_id: number
          place: string
          principle: string
          target_id: string
          year: number
        }
        Update: {
          activities_direct?: number
          activities_indirect?: number
          goal_id?: number
          place?: string
          principle?: string
          target_id?: string
          year?: number
        }
        Relationships: []
      }
      programme_target_group_facts: {
        Row: {
          activities: number
          participants_men: number
          participants_other: number
          participants_women: number
          place: string
          principle: string
          target_group: string
          year: number
        }
        Insert: {
          activities: number
          participants_men: number
          participants_other: number
          participants_women: number
          place: string
          principle: string
          target_group: string
          year: number
        }
        Update: {
          activities?: number
          participants_men?: number
          participants_other?: number
          participants_women?: number
          place?: string
          principle?: string
          target_group?: string
          year?: number
        }
        Relationships: []
      }
      report_carried_items: {
        Row: {
          activity_id: string | null
          comment_id: string | null
          continued_as_id: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decision: Database["public"]["Enums"]["carry_decision"] | null
          id: string
          indicator_id: string | null
          kind: Database["public"]["Enums"]["carried_item_kind"]
          partnership_id: string
          report_id: string
          source_report_id: string
        }
        Insert: {
          activity_id?: string | null
          comment_id?: string | null
          continued_as_id?: string | null
          created_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decision?: Database["public"]["Enums"]["carry_decision"] | null
          id?: string
          indicator_id?: string | null
          kind: Database["public"]["Enums"]["carried_item_kind"]
          partnership_id: string
          report_id: string
          source_report_id: string
        }
        Update: {
          activity_id?: string | null
          comment_id?: string | null
          continued_as_id?: string | null
          created_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decision?: Database["public"]["Enums"]["carry_decision"] | null
          id?: string
          indicator_id?: string | null
          kind?: Database["public"]["Enums"]["carried_item_kind"]
          partnership_id?: string
          report_id?: string
          source_report_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "report_carried_items_activity_id_partnership_id_fkey"
            columns: ["activity_id", "partnership_id"]
            referencedRelation: "activities"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_carried_items_comment_id_fkey"
            columns: ["comment_id"]
            referencedRelation: "report_comments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_carried_items_continued_as_id_partnership_id_fkey"
            columns: ["continued_as_id", "partnership_id"]
            referencedRelation: "activities"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_carried_items_decided_by_fkey"
            columns: ["decided_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_carried_items_indicator_id_partnership_id_fkey"
            columns: ["indicator_id", "partnership_id"]
            referencedRelation: "indicators"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_carried_items_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_carried_items_source_report_id_partnership_id_fkey"
            columns: ["source_report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
        ]
      }
      report_comments: {
        Row: {
          author_id: string
          body: string
          created_at: string
          id: string
          indicator_value_id: string | null
          partnership_id: string
          reply_to_id: string | null
          report_id: string
          resolved_at: string | null
          section: Database["public"]["Enums"]["report_section"] | null
          updated_at: string
          version: number
        }
        Insert: {
          author_id?: string
          body: string
          created_at?: string
          id?: string
          indicator_value_id?: string | null
          partnership_id: string
          reply_to_id?: string | null
          report_id: string
          resolved_at?: string | null
          section?: Database["public"]["Enums"]["report_section"] | null
          updated_at?: string
          version?: number
        }
        Update: {
          author_id?: string
          body?: string
          created_at?: string
          id?: string
          indicator_value_id?: string | null
          partnership_id?: string
          reply_to_id?: string | null
          report_id?: string
          resolved_at?: string | null
          section?: Database["public"]["Enums"]["report_section"] | null
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "report_comments_author_id_fkey"
            columns: ["author_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_comments_indicator_value_id_fkey"
            columns: ["indicator_value_id"]
            referencedRelation: "indicator_values"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_comments_reply_to_id_fkey"
            columns: ["reply_to_id"]
            referencedRelation: "report_comments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_comments_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
        ]
      }
      report_events: {
        Row: {
          actor_id: string | null
          created_at: string
          from_status: Database["public"]["Enums"]["report_status"] | null
          id: number
          note: string | null
          partnership_id: string
          report_id: string
          to_status: Database["public"]["Enums"]["report_status"]
        }
        Insert: {
          actor_id?: string | null
          created_at?: string
          from_status?: Database["public"]["Enums"]["report_status"] | null
          id?: never
          note?: string | null
          partnership_id: string
          report_id: string
          to_status: Database["public"]["Enums"]["report_status"]
        }
        Update: {
          actor_id?: string | null
          created_at?: string
          from_status?: Database["public"]["Enums"]["report_status"] | null
          id?: never
          note?: string | null
          partnership_id?: string
          report_id?: string
          to_status?: Database["public"]["Enums"]["report_status"]
        }
        Relationships: [
          {
            foreignKeyName: "report_events_actor_id_fkey"
            columns: ["actor_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_events_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
        ]
      }
      report_presence: {
        Row: {
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          seen_at: string
          user_id: string
        }
        Insert: {
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          seen_at?: string
          user_id?: string
        }
        Update: {
          partnership_id?: string
          report_id?: string
          section?: Database["public"]["Enums"]["report_section"]
          seen_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "report_presence_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_presence_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      report_section_texts: {
        Row: {
          body: string
          created_at: string
          edit: number
          id: string
          language: string
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          updated_at: string
          updated_by: string | null
          version: number
        }
        Insert: {
          body?: string
          created_at?: string
          edit?: number
          id?: string
          language: string
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          updated_at?: string
          updated_by?: string | null
          version?: number
        }
        Update: {
          body?: string
          created_at?: string
          edit?: number
          id?: string
          language?: string
          partnership_id?: string
          report_id?: string
          section?: Database["public"]["Enums"]["report_section"]
          updated_at?: string
          updated_by?: string | null
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "report_section_texts_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_section_texts_updated_by_fkey"
            columns: ["updated_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      report_sections: {
        Row: {
          english_edit: number
          english_edited_by: string | null
          owner_side: Database["public"]["Enums"]["partnership_side"]
          partner_ready_at: string | null
          partner_ready_by: string | null
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          swedish_ready_at: string | null
          swedish_ready_by: string | null
        }
        Insert: {
          english_edit?: number
          english_edited_by?: string | null
          owner_side: Database["public"]["Enums"]["partnership_side"]
          partner_ready_at?: string | null
          partner_ready_by?: string | null
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          swedish_ready_at?: string | null
          swedish_ready_by?: string | null
        }
        Update: {
          english_edit?: number
          english_edited_by?: string | null
          owner_side?: Database["public"]["Enums"]["partnership_side"]
          partner_ready_at?: string | null
          partner_ready_by?: string | null
          partnership_id?: string
          report_id?: string
          section?: Database["public"]["Enums"]["report_section"]
          swedish_ready_at?: string | null
          swedish_ready_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "report_sections_english_edited_by_fkey"
            columns: ["english_edited_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_sections_partner_ready_by_fkey"
            columns: ["partner_ready_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_sections_report_id_partnership_id_fkey"
            columns: ["report_id", "partnership_id"]
            referencedRelation: "reports"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "report_sections_swedish_ready_by_fkey"
            columns: ["swedish_ready_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      report_snapshots: {
        Row: {
          facts: NonNullable<Json>
          partnership_id: string
          report_id: string
          taken_at: string
        }
        Insert: {
          facts: NonNullable<Json>
          partnership_id: string
          report_id: string
          taken_at?: string
        }
        Update: {
          facts?: NonNullable<Json>
          partnership_id?: string
          report_id?: string
          taken_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "report_snapshots_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "report_snapshots_report_id_fkey"
            columns: ["report_id"]
            referencedRelation: "reports"
            referencedColumns: ["id"]
          },
        ]
      }
      reporting_deadlines: {
        Row: {
          due_on: string
          updated_at: string
          version: number
          year: number
        }
        Insert: {
          due_on: string
          updated_at?: string
          version?: number
          year: number
        }
        Update: {
          due_on?: string
          updated_at?: string
          version?: number
          year?: number
        }
        Relationships: []
      }
      reports: {
        Row: {
          challenges: string
          contribution: string
          created_at: string
          created_by: string | null
          id: string
          lessons_learned: string
          localisation_progress: string
          next_year_plan: string
          partnership_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          summary: string
          updated_at: string
          version: number
          year: number
        }
        Insert: {
          challenges?: string
          contribution?: string
          created_at?: string
          created_by?: string | null
          id?: string
          lessons_learned?: string
          localisation_progress?: string
          next_year_plan?: string
          partnership_id: string
          reviewed_at?: string | null
          reviewed_by?: string | null
          status?: Database["public"]["Enums"]["report_status"]
          submitted_at?: string | null
          submitted_by?: string | null
          summary?: string
          updated_at?: string
          version?: number
          year: number
        }
        Update: {
          challenges?: string
          contribution?: string
          created_at?: string
          created_by?: string | null
          id?: string
          lessons_learned?: string
          localisation_progress?: string
          next_year_plan?: string
          partnership_id?: string
          reviewed_at?: string | null
          reviewed_by?: string | null
          status?: Database["public"]["Enums"]["report_status"]
          submitted_at?: string | null
          submitted_by?: string | null
          summary?: string
          updated_at?: string
          version?: number
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "reports_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_reviewed_by_fkey"
            columns: ["reviewed_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_submitted_by_fkey"
            columns: ["submitted_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      result_facts: {
        Row: {
          contribution: string
          goal_id: number
          partnership_id: string
          result_id: string
          target_id: string
          years: number[]
        }
        Insert: {
          contribution: string
          goal_id: number
          partnership_id: string
          result_id: string
          target_id: string
          years: number[]
        }
        Update: {
          contribution?: string
          goal_id?: number
          partnership_id?: string
          result_id?: string
          target_id?: string
          years?: number[]
        }
        Relationships: [
          {
            foreignKeyName: "result_facts_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "result_facts_result_id_fkey"
            columns: ["result_id"]
            referencedRelation: "results"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "result_facts_target_id_fkey"
            columns: ["target_id"]
            referencedRelation: "sdg_targets"
            referencedColumns: ["id"]
          },
        ]
      }
      result_targets: {
        Row: {
          contribution: Database["public"]["Enums"]["contribution"]
          partnership_id: string
          result_id: string
          target_id: string
        }
        Insert: {
          contribution: Database["public"]["Enums"]["contribution"]
          partnership_id: string
          result_id: string
          target_id: string
        }
        Update: {
          contribution?: Database["public"]["Enums"]["contribution"]
          partnership_id?: string
          result_id?: string
          target_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "result_targets_result_id_partnership_id_fkey"
            columns: ["result_id", "partnership_id"]
            referencedRelation: "results"
            referencedColumns: ["id", "partnership_id"]
          },
          {
            foreignKeyName: "result_targets_target_id_fkey"
            columns: ["target_id"]
            referencedRelation: "sdg_targets"
            referencedColumns: ["id"]
          },
        ]
      }
      results: {
        Row: {
          change_level: Database["public"]["Enums"]["change_level"] | null
          change_side: Database["public"]["Enums"]["change_side"] | null
          created_at: string
          created_by: string | null
          description: string
          id: string
          level: Database["public"]["Enums"]["result_level"]
          partnership_id: string
          title: string
          updated_at: string
          version: number
        }
        Insert: {
          change_level?: Database["public"]["Enums"]["change_level"] | null
          change_side?: Database["public"]["Enums"]["change_side"] | null
          created_at?: string
          created_by?: string | null
          description?: string
          id?: string
          level: Database["public"]["Enums"]["result_level"]
          partnership_id: string
          title: string
          updated_at?: string
          version?: number
        }
        Update: {
          change_level?: Database["public"]["Enums"]["change_level"] | null
          change_side?: Database["public"]["Enums"]["change_side"] | null
          created_at?: string
          created_by?: string | null
          description?: string
          id?: string
          level?: Database["public"]["Enums"]["result_level"]
          partnership_id?: string
          title?: string
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "results_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "results_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
        ]
      }
      sdg_goals: {
        Row: {
          colour: string
          id: number
          short_title_en: string
          short_title_sv: string
          title_en: string
          title_sv: string
        }
        Insert: {
          colour: string
          id: number
          short_title_en: string
          short_title_sv: string
          title_en: string
          title_sv: string
        }
        Update: {
          colour?: string
          id?: number
          short_title_en?: string
          short_title_sv?: string
          title_en?: string
          title_sv?: string
        }
        Relationships: []
      }
      sdg_indicators: {
        Row: {
          also_listed_as: string[]
          id: string
          sort_order: number
          target_id: string
          text_en: string
          text_sv: string | null
        }
        Insert: {
          also_listed_as?: string[]
          id: string
          sort_order: number
          target_id: string
          text_en: string
          text_sv?: string | null
        }
        Update: {
          also_listed_as?: string[]
          id?: string
          sort_order?: number
          target_id?: string
          text_en?: string
          text_sv?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "sdg_indicators_target_id_fkey"
            columns: ["target_id"]
            referencedRelation: "sdg_targets"
            referencedColumns: ["id"]
          },
        ]
      }
      sdg_targets: {
        Row: {
          goal_id: number
          id: string
          sort_order: number
          text_en: string
          text_sv: string
        }
        Insert: {
          goal_id: number
          id: string
          sort_order: number
          text_en: string
          text_sv: string
        }
        Update: {
          goal_id?: number
          id?: string
          sort_order?: number
          text_en?: string
          text_sv?: string
        }
        Relationships: [
          {
            foreignKeyName: "sdg_targets_goal_id_fkey"
            columns: ["goal_id"]
            referencedRelation: "sdg_goals"
            referencedColumns: ["id"]
          },
        ]
      }
      sent_digests: {
        Row: {
          id: string
          items: number
          sent_at: string
          sent_on: string
          user_id: string
        }
        Insert: {
          id?: string
          items: number
          sent_at?: string
          sent_on: string
          user_id: string
        }
        Update: {
          id?: string
          items?: number
          sent_at?: string
          sent_on?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "sent_digests_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      staff: {
        Row: {
          created_at: string
          role: Database["public"]["Enums"]["staff_role"]
          user_id: string
        }
        Insert: {
          created_at?: string
          role: Database["public"]["Enums"]["staff_role"]
          user_id: string
        }
        Update: {
          created_at?: string
          role?: Database["public"]["Enums"]["staff_role"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "staff_user_id_fkey"
            columns: ["user_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      swedish_local_authorities: {
        Row: {
          code: string
          kind: string
          name: string
          region_code: string | null
        }
        Insert: {
          code: string
          kind: string
          name: string
          region_code?: string | null
        }
        Update: {
          code?: string
          kind?: string
          name?: string
          region_code?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "swedish_local_authorities_region_code_fkey"
            columns: ["region_code"]
            referencedRelation: "swedish_local_authorities"
            referencedColumns: ["code"]
          },
        ]
      }
      target_facts: {
        Row: {
          activities_direct: number
          activities_indirect: number
          goal_id: number
          partnership_id: string
          principle: string
          target_id: string
          year: number
        }
        Insert: {
          activities_direct?: number
          activities_indirect?: number
          goal_id: number
          partnership_id: string
          principle: string
          target_id: string
          year: number
        }
        Update: {
          activities_direct?: number
          activities_indirect?: number
          goal_id?: number
          partnership_id?: string
          principle?: string
          target_id?: string
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "target_facts_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "target_facts_target_id_fkey"
            columns: ["target_id"]
            referencedRelation: "sdg_targets"
            referencedColumns: ["id"]
          },
        ]
      }
      target_group_facts: {
        Row: {
          activities: number
          participants_men: number
          participants_other: number
          participants_women: number
          partnership_id: string
          principle: string
          target_group: string
          year: number
        }
        Insert: {
          activities?: number
          participants_men?: number
          participants_other?: number
          participants_women?: number
          partnership_id: string
          principle: string
          target_group: string
          year: number
        }
        Update: {
          activities?: number
          participants_men?: number
          participants_other?: number
          participants_women?: number
          partnership_id?: string
          principle?: string
          target_group?: string
          year?: number
        }
        Relationships: [
          {
            foreignKeyName: "target_group_facts_partnership_id_fkey"
            columns: ["partnership_id"]
            referencedRelation: "partnerships"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      accept_invitation: { Args: { invitation_id: string }; Returns: undefined }
      approve_report: {
        Args: { report_id: string }
        Returns: {
          challenges: string
          contribution: string
          created_at: string
          created_by: string | null
          id: string
          lessons_learned: string
          localisation_progress: string
          next_year_plan: string
          partnership_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          summary: string
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      carried_items: {
        Args: { report_id: string }
        Returns: {
          activity_id: string
          comment_id: string
          continued_as_id: string
          decided_at: string
          decided_by_name: string
          decision: Database["public"]["Enums"]["carry_decision"]
          id: string
          indicator_id: string
          kind: Database["public"]["Enums"]["carried_item_kind"]
          result_id: string
          source_year: number
          title: string
        }[]
      }
      claim_digests: {
        Args: { on_day?: string }
        Returns: {
          digest_frequency: Database["public"]["Enums"]["digest_frequency"]
          digest_id: string
          email: string
          full_name: string
          items: Json
          preferred_language: string
          user_id: string
        }[]
      }
      dashboard_goals: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          activities_direct: number
          activities_indirect: number
          goal_id: number
          results_direct: number
          results_indirect: number
        }[]
      }
      dashboard_headline: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          activities: number
          countries: number
          partnerships: number
          people_reached: number
          reports_approved: number
          reports_due: number
        }[]
      }
      dashboard_indicator_progress: {
        Args: {
          country_code?: string
          partnership_id?: string
          region?: string
          sdg_indicator_id: string
          year_from: number
          year_to: number
        }
        Returns: {
          achieved: number
          aggregation: string
          baseline: number
          higher_is_better: boolean
          indicator_id: string
          measure: string
          partnership_id: string
          partnership_name: string
          result_id: string
          share: number
          target: number
          through_year: number
          title: string
          unit: string
        }[]
      }
      dashboard_indicator_summary: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          indicators: number
          median_share: number
          reached: number
          sdg_indicator_id: string
          with_progress: number
        }[]
      }
      dashboard_partnerships: {
        Args: Record<PropertyKey, never>
        Returns: {
          country_codes: string[]
          name: string
          partnership_id: string
        }[]
      }
      dashboard_report_status: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          approved: number
          country_code: string
          draft: number
          not_started: number
          returned: number
          submitted: number
        }[]
      }
      dashboard_result_changes: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          change_level: Database["public"]["Enums"]["change_level"]
          change_side: Database["public"]["Enums"]["change_side"]
          results: number
        }[]
      }
      dashboard_target_activities: {
        Args: {
          after_key?: string
          before_key?: string
          country_code?: string
          partnership_id?: string
          principle?: string
          region?: string
          row_limit?: number
          target_id: string
          year_from: number
          year_to: number
        }
        Returns: {
          activity_id: string
          contribution: string
          partnership_id: string
          partnership_name: string
          row_key: string
          starts_on: string
          title: string
          year: number
        }[]
      }
      dashboard_target_groups: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          activities: number
          participants_men: number
          participants_other: number
          participants_women: number
          target_group: string
        }[]
      }
      dashboard_targets: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          activities_direct: number
          activities_indirect: number
          results_direct: number
          results_indirect: number
          target_id: string
        }[]
      }
      dashboard_years: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          accountability: number
          activities: number
          implement_follow_up: number
          inform_include: number
          non_discrimination: number
          participants_men: number
          participants_other: number
          participants_women: number
          participation: number
          set_local_agenda: number
          transparency: number
          year: number
        }[]
      }
      decide_carried_item: {
        Args: {
          decision: Database["public"]["Enums"]["carry_decision"]
          item_id: string
        }
        Returns: {
          activity_id: string | null
          comment_id: string | null
          continued_as_id: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decision: Database["public"]["Enums"]["carry_decision"] | null
          id: string
          indicator_id: string | null
          kind: Database["public"]["Enums"]["carried_item_kind"]
          partnership_id: string
          report_id: string
          source_report_id: string
        }
        SetofOptions: {
          from: "*"
          to: "report_carried_items"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      decline_invitation: {
        Args: { invitation_id: string }
        Returns: undefined
      }
      export_activities: {
        Args: {
          after_key?: string
          country_code?: string
          goal_id?: number
          page_size?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          activity_id: string
          contribution: string
          description: string
          ends_on: string
          evidence_files: string[]
          evidence_paths: string[]
          goal_id: number
          kind: string
          localisation_stage: string
          participants_men: number
          participants_other: number
          participants_total: number
          participants_women: number
          partner_country_codes: string
          partner_regions: string
          partnership_id: string
          partnership_name: string
          place: string
          principles: string
          row_key: string
          starts_on: string
          target_groups: string
          target_id: string
          title: string
          updated_at: string
          year: number
        }[]
      }
      export_indicator_values: {
        Args: {
          after_key?: string
          country_code?: string
          goal_id?: number
          page_size?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          actual_value: number
          aggregation: string
          baseline_value: number
          baseline_year: number
          comment: string
          evidence_files: string[]
          evidence_paths: string[]
          higher_is_better: boolean
          indicator_id: string
          indicator_title: string
          measure: string
          partner_country_codes: string
          partner_regions: string
          partnership_id: string
          partnership_name: string
          result_id: string
          result_level: string
          result_target_ids: string
          result_title: string
          row_key: string
          sdg_indicator_id: string
          sex: string
          target_value: number
          unit: string
          updated_at: string
          year: number
        }[]
      }
      export_partnerships: {
        Args: {
          after_key?: string
          country_code?: string
          goal_id?: number
          page_size?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          description: string
          ends_year: number
          focus_goals: string
          is_public: boolean
          partner_country_codes: string
          partner_organisation_ids: string
          partner_organisations: string
          partner_regions: string
          partnership_id: string
          partnership_name: string
          row_key: string
          starts_year: number
          status: string
          swedish_municipality_codes: string
          swedish_organisation_ids: string
          swedish_organisations: string
        }[]
      }
      export_reports: {
        Args: {
          after_key?: string
          country_code?: string
          goal_id?: number
          page_size?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          comments: string
          comments_count: number
          created_at: string
          evidence_files: string[]
          evidence_paths: string[]
          partner_country_codes: string
          partner_regions: string
          partnership_id: string
          partnership_name: string
          report_id: string
          reviewed_at: string
          reviewed_by: string
          row_key: string
          section_challenges: string
          section_contribution: string
          section_lessons_learned: string
          section_localisation_progress: string
          section_next_year_plan: string
          section_owners: string
          section_summary: string
          sections_in_other_languages: string
          status: string
          submitted_at: string
          submitted_by: string
          updated_at: string
          year: number
        }[]
      }
      export_results: {
        Args: {
          after_key?: string
          country_code?: string
          goal_id?: number
          page_size?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          change_level: string
          change_side: string
          contribution: string
          description: string
          evidence_files: string[]
          evidence_paths: string[]
          goal_id: number
          level: string
          partner_country_codes: string
          partner_regions: string
          partnership_id: string
          partnership_name: string
          result_id: string
          row_key: string
          target_id: string
          title: string
          updated_at: string
          years_reported: string
        }[]
      }
      iati_activities: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          activity: Json
          partnership_id: string
        }[]
      }
      iati_withheld_partnerships: {
        Args: {
          country_code?: string
          goal_id?: number
          partnership_id?: string
          principle?: string
          region?: string
          year_from: number
          year_to: number
        }
        Returns: {
          partnership_id: string
          partnership_name: string
        }[]
      }
      invitation_to_resend: { Args: { invitation_id: string }; Returns: string }
      invite_person: {
        Args: {
          email: string
          partnership_id?: string
          role: string
          side?: Database["public"]["Enums"]["partnership_side"]
        }
        Returns: {
          invitation_id: string
          outcome: string
        }[]
      }
      mark_section_ready: {
        Args: {
          ready: boolean
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
        }
        Returns: {
          english_edit: number
          english_edited_by: string | null
          owner_side: Database["public"]["Enums"]["partnership_side"]
          partner_ready_at: string | null
          partner_ready_by: string | null
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          swedish_ready_at: string | null
          swedish_ready_by: string | null
        }
        SetofOptions: {
          from: "*"
          to: "report_sections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      my_invitations: {
        Args: Record<PropertyKey, never>
        Returns: {
          created_at: string
          invitation_id: string
          invited_by_name: string
          partnership_id: string
          partnership_name: string
          role: string
        }[]
      }
      open_obligations: {
        Args: Record<PropertyKey, never>
        Returns: {
          comments: number
          due_on: string
          kind: string
          partnership_id: string
          partnership_name: string
          report_id: string
          since: string
          year: number
        }[]
      }
      partnership_goal_counts: {
        Args: { partnership_id: string; year: number }
        Returns: {
          activities_direct: number
          activities_indirect: number
          goal_id: number
          results_direct: number
          results_indirect: number
        }[]
      }
      partnership_members: {
        Args: { partnership_id: string }
        Returns: {
          confirmed: boolean
          email: string
          full_name: string
          joined_at: string
          role: string
          side: string
          user_id: string
        }[]
      }
      programme_people: {
        Args: Record<PropertyKey, never>
        Returns: {
          confirmed: boolean
          email: string
          full_name: string
          invited_at: string
          last_sign_in_at: string
          memberships: Json
          staff_role: Database["public"]["Enums"]["staff_role"]
          user_id: string
        }[]
      }
      reopen_report: {
        Args: { reason: string; report_id: string }
        Returns: {
          challenges: string
          contribution: string
          created_at: string
          created_by: string | null
          id: string
          lessons_learned: string
          localisation_progress: string
          next_year_plan: string
          partnership_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          summary: string
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      report_changes_since_return: {
        Args: { report_id: string }
        Returns: {
          after: Json
          before: Json
          changed_at: string
          indicator_title: string
          key: string
          kind: string
          returned_at: string
          sex: Database["public"]["Enums"]["sex"]
        }[]
      }
      report_completeness: { Args: { report_id: string }; Returns: Json }
      report_facts: { Args: { report_id: string }; Returns: Json }
      report_presence_now: {
        Args: { report_id: string }
        Returns: {
          full_name: string
          section: Database["public"]["Enums"]["report_section"]
          seen_at: string
          side: Database["public"]["Enums"]["partnership_side"]
          user_id: string
        }[]
      }
      report_section_status: {
        Args: { report_id: string }
        Returns: {
          english_edited_by_name: string
          languages: string[]
          owner_name: string
          owner_side: Database["public"]["Enums"]["partnership_side"]
          partner_ready_at: string
          partner_ready_by_name: string
          section: Database["public"]["Enums"]["report_section"]
          swedish_ready_at: string
          swedish_ready_by_name: string
          translation_needed: boolean
        }[]
      }
      return_report: {
        Args: { comment: string; report_id: string }
        Returns: {
          challenges: string
          contribution: string
          created_at: string
          created_by: string | null
          id: string
          lessons_learned: string
          localisation_progress: string
          next_year_plan: string
          partnership_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          summary: string
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      review_queue: {
        Args: { year?: number }
        Returns: {
          country_codes: string[]
          days_waiting: number
          partnership_id: string
          partnership_name: string
          report_id: string
          status: string
          submitted_at: string
          year: number
        }[]
      }
      save_activity: {
        Args: { activity: Json; targets: Json }
        Returns: {
          created_at: string
          created_by: string | null
          description: string
          ends_on: string
          id: string
          kind: Database["public"]["Enums"]["activity_kind"]
          localisation_stage:
            | Database["public"]["Enums"]["localisation_stage"]
            | null
          participants_men: number
          participants_other: number
          participants_women: number
          partnership_id: string
          place: string
          principles: Database["public"]["Enums"]["principle"][]
          starts_on: string
          target_groups: Database["public"]["Enums"]["target_group"][]
          title: string
          updated_at: string
          version: number
          year: number | null
        }
        SetofOptions: {
          from: "*"
          to: "activities"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_indicator_values: {
        Args: { entries: Json; indicator_id: string }
        Returns: {
          actual_value: number | null
          comment: string
          created_at: string
          id: string
          indicator_id: string
          partnership_id: string
          sex: Database["public"]["Enums"]["sex"]
          target_value: number | null
          updated_at: string
          version: number
          year: number
        }[]
        SetofOptions: {
          from: "*"
          to: "indicator_values"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      save_partnership: {
        Args: {
          partner_organisation_ids: string[]
          partnership: Json
          swedish_organisation_ids: string[]
        }
        Returns: {
          created_at: string
          description: string
          ends_year: number | null
          focus_goal_ids: number[]
          id: string
          is_public: boolean
          name: string
          programme: string
          starts_year: number
          status: Database["public"]["Enums"]["partnership_status"]
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "partnerships"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      save_result: {
        Args: { result: Json; targets: Json }
        Returns: {
          change_level: Database["public"]["Enums"]["change_level"] | null
          change_side: Database["public"]["Enums"]["change_side"] | null
          created_at: string
          created_by: string | null
          description: string
          id: string
          level: Database["public"]["Enums"]["result_level"]
          partnership_id: string
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: "*"
          to: "results"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      set_member_side: {
        Args: {
          partnership_id: string
          side: Database["public"]["Enums"]["partnership_side"]
          user_id: string
        }
        Returns: undefined
      }
      set_section_owner: {
        Args: {
          owner_side: Database["public"]["Enums"]["partnership_side"]
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
        }
        Returns: {
          english_edit: number
          english_edited_by: string | null
          owner_side: Database["public"]["Enums"]["partnership_side"]
          partner_ready_at: string | null
          partner_ready_by: string | null
          partnership_id: string
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
          swedish_ready_at: string | null
          swedish_ready_by: string | null
        }
        SetofOptions: {
          from: "*"
          to: "report_sections"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      start_report: {
        Args: { carry_forward: boolean; partnership_id: string; year: number }
        Returns: {
          challenges: string
          contribution: string
          created_at: string
          created_by: string | null
          id: string
          lessons_learned: string
          localisation_progress: string
          next_year_plan: string
          partnership_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          summary: string
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      submit_report: {
        Args: { report_id: string }
        Returns: {
          challenges: string
          contribution: string
          created_at: string
          created_by: string | null
          id: string
          lessons_learned: string
          localisation_progress: string
          next_year_plan: string
          partnership_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          submitted_at: string | null
          submitted_by: string | null
          summary: string
          updated_at: string
          version: number
          year: number
        }
        SetofOptions: {
          from: "*"
          to: "reports"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      touch_report_presence: {
        Args: {
          report_id: string
          section: Database["public"]["Enums"]["report_section"]
        }
        Returns: undefined
      }
    }
    Enums: {
      activity_kind:
        | "workshop"
        | "training"
        | "exchange_visit"
        | "citizen_dialogue"
        | "study_visit"
        | "conference"
        | "other"
      aggregation: "sum" | "cumulative" | "latest"
      carried_item_kind: "activity" | "indicator" | "follow_up"
      carry_decision: "continued" | "closed" | "kept" | "dropped"
      change_level: "individual" | "organisational" | "societal"
      change_side: "partner" | "swedish" | "both"
      contribution: "direct" | "indirect"
      digest_frequency: "weekly" | "daily" | "none"
      localisation_stage:
        | "inform_include"
        | "set_local_agenda"
        | "implement_follow_up"
      measure: "number" | "percentage" | "qualitative"
      membership_role: "coordinator" | "contributor"
      organisation_kind: "municipality" | "region" | "district_council"
      partnership_side: "swedish" | "partner"
      partnership_status: "planned" | "active" | "closed"
      principle:
        | "participation"
        | "transparency"
        | "accountability"
        | "non_discrimination"
      report_section:
        | "summary"
        | "contribution"
        | "localisation_progress"
        | "challenges"
        | "lessons_learned"
        | "next_year_plan"
      report_status: "draft" | "submitted" | "returned" | "approved"
      result_level: "output" | "outcome" | "impact"
      sex: "total" | "women" | "men" | "other"
      staff_role: "analyst" | "admin"
      target_group:
        | "youth"
        | "children"
        | "women"
        | "marginalised_groups"
        | "persons_with_disabilities"
        | "older_people"
        | "minorities"
        | "elected_officials"
        | "municipal_staff"
        | "civil_society"
        | "private_sector"
        | "general_public"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      activity_kind: [
        "workshop",
        "training",
        "exchange_visit",
        "citizen_dialogue",
        "study_visit",
        "conference",
        "other",
      ],
      aggregation: ["sum", "cumulative", "latest"],
      carried_item_kind: ["activity", "indicator", "follow_up"],
      carry_decision: ["continued", "closed", "kept", "dropped"],
      change_level: ["individual", "organisational", "societal"],
      change_side: ["partner", "swedish", "both"],
      contribution: ["direct", "indirect"],
      digest_frequency: ["weekly", "daily", "none"],
      localisation_stage: [
        "inform_include",
        "set_local_agenda",
        "implement_follow_up",
      ],
      measure: ["number", "percentage", "qualitative"],
      membership_role: ["coordinator", "contributor"],
      organisation_kind: ["municipality", "region", "district_council"],
      partnership_side: ["swedish", "partner"],
      partnership_status: ["planned", "active", "closed"],
      principle: [
        "participation",
        "transparency",
        "accountability",
        "non_discrimination",
      ],
      report_section: [
        "summary",
        "contribution",
        "localisation_progress",
        "challenges",
        "lessons_learned",
        "next_year_plan",
      ],
      report_status: ["draft", "submitted", "returned", "approved"],
      result_level: ["output", "outcome", "impact"],
      sex: ["total", "women", "men", "other"],
      staff_role: ["analyst", "admin"],
      target_group: [
        "youth",
        "children",
        "women",
        "marginalised_groups",
        "persons_with_disabilities",
        "older_people",
        "minorities",
        "elected_officials",
        "municipal_staff",
        "civil_society",
        "private_sector",
        "general_public",
      ],
    },
  },
} as const
