<?xml version="1.0" encoding="UTF-8"?>
<!--
  portal_profile.xsl: a client profile on the family portal.
  <content>
    <profile><client_id/><given_name/><family_name/><role/>
      <profiles>…</profiles>                 (every profile the login reaches)
      <parts><part>appointments</part>…</parts></profile>
    <appointments><appointment><id/><starts_at/><ends_at/><title/><with_name/>
      <place/><state>planned|cancelled|done</state></appointment>…</appointments>
    <care_plan><goal><id/><goal/><actions/><start_date/><review_date/>
      <state>active|achieved|stopped</state></goal>…</care_plan>
    <documents><document><id/><title/><kind/><file_name/><size/><created_at/></document>…</documents>
    <care_team><member><id/><name/><function/><phone/><since/></member>…</care_team>
    <notes><note><id/><written_at/><author_name/><body/></note>…</notes>
    <mfa_needed next="…"/>        (the role asks for two-step verification first)
  </content>
  Only the parts the role allows are in the XML at all.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">portal_profile.title</xsl:template>

  <xsl:variable name="now" select="number(translate(/page/@now, '-T:Z', ''))"/>

  <xsl:template match="content">
    <xsl:variable name="p" select="profile"/>
    <p class="client-name">
      <span class="visually-hidden"><xsl:value-of select="$t[@k='client.name_label']"/><xsl:text> </xsl:text></span>
      <strong><xsl:value-of select="concat($p/given_name, ' ', $p/family_name)"/></strong>
    </p>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'portal_profile.as_role'"/>
        <xsl:with-param name="name" select="'role'"/>
        <xsl:with-param name="with" select="string($p/role)"/>
      </xsl:call-template>
      <xsl:if test="count($p/profiles/profile) &gt; 1">
        <xsl:text> </xsl:text>
        <a href="/portal"><xsl:value-of select="$t[@k='portal_profile.other']"/></a>
      </xsl:if>
    </p>
    <xsl:choose>
      <xsl:when test="mfa_needed">
        <div class="warning-panel">
          <p class="lead"><xsl:value-of select="$t[@k='portal_profile.mfa_needed']"/></p>
          <p><a class="button" href="/mfa/enrol?next={mfa_needed/@next}"><xsl:value-of select="$t[@k='portal_profile.mfa_enrol']"/></a></p>
        </div>
      </xsl:when>
      <xsl:when test="not($p/parts/part)">
        <p><xsl:value-of select="$t[@k='portal_profile.nothing']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <nav aria-label="{$t[@k='portal_profile.parts']}">
          <ul class="actions-list actions-inline">
            <xsl:for-each select="$p/parts/part">
              <li><a href="#part-{.}"><xsl:value-of select="$t[@k = concat('portal_profile.part.', current())]"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:apply-templates select="appointments | care_plan | documents | care_team | notes"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A part's heading, and its "nothing yet" line when empty. -->
  <xsl:template name="part-title">
    <xsl:param name="code"/>
    <h2 id="part-{$code}" tabindex="-1"><xsl:value-of select="$t[@k = concat('portal_profile.part.', $code)]"/></h2>
  </xsl:template>

  <xsl:template match="appointments">
    <xsl:call-template name="part-title"><xsl:with-param name="code" select="'appointments'"/></xsl:call-template>
    <xsl:variable name="next" select="appointment[number(translate(starts_at, '-T:Z', '')) &gt;= $now]"/>
    <xsl:variable name="past" select="appointment[number(translate(starts_at, '-T:Z', '')) &lt; $now]"/>
    <h3><xsl:value-of select="$t[@k='portal_profile.appointments.next']"/></h3>
    <xsl:call-template name="appointment-table">
      <xsl:with-param name="rows" select="$next"/>
      <xsl:with-param name="id" select="'appointments-next'"/>
      <xsl:with-param name="caption" select="'portal_profile.appointments.next'"/>
    </xsl:call-template>
    <xsl:if test="$past">
      <h3><xsl:value-of select="$t[@k='portal_profile.appointments.past']"/></h3>
      <xsl:call-template name="appointment-table">
        <xsl:with-param name="rows" select="$past"/>
        <xsl:with-param name="id" select="'appointments-past'"/>
        <xsl:with-param name="caption" select="'portal_profile.appointments.past'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="appointment-table">
    <xsl:param name="rows"/>
    <xsl:param name="id"/>
    <xsl:param name="caption"/>
    <xsl:choose>
      <xsl:when test="not($rows)">
        <p><xsl:value-of select="$t[@k='portal_profile.appointments.none']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <section class="table-wrap" aria-labelledby="{$id}" tabindex="0">
          <table class="table">
            <caption id="{$id}" class="visually-hidden"><xsl:value-of select="$t[@k = $caption]"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.when']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.what']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.with']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.where']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.state']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$rows">
                <tr>
                  <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="starts_at"/></xsl:call-template></td>
                  <td><xsl:value-of select="title"/></td>
                  <td><xsl:value-of select="with_name"/></td>
                  <td><xsl:value-of select="place"/></td>
                  <td><xsl:value-of select="$t[@k = concat('portal_profile.appointment.', current()/state)]"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="care_plan">
    <xsl:call-template name="part-title"><xsl:with-param name="code" select="'care_plan'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="not(goal)"><p><xsl:value-of select="$t[@k='portal_profile.care_plan.none']"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="plan-list">
          <xsl:for-each select="goal">
            <li>
              <h3><xsl:value-of select="goal"/></h3>
              <p><xsl:value-of select="actions"/></p>
              <p class="field-help">
                <xsl:value-of select="$t[@k = concat('portal_profile.goal.', current()/state)]"/>
                <xsl:text> • </xsl:text>
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'portal_profile.goal.since'"/>
                  <xsl:with-param name="name" select="'date'"/>
                  <xsl:with-param name="with">
                    <xsl:call-template name="datetime">
                      <xsl:with-param name="value" select="start_date"/>
                      <xsl:with-param name="format" select="'date'"/>
                    </xsl:call-template>
                  </xsl:with-param>
                </xsl:call-template>
                <xsl:if test="string(review_date) and state = 'active'">
                  <xsl:text> • </xsl:text>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'portal_profile.goal.review'"/>
                    <xsl:with-param name="name" select="'date'"/>
                    <xsl:with-param name="with">
                      <xsl:call-template name="datetime">
                        <xsl:with-param name="value" select="review_date"/>
                        <xsl:with-param name="format" select="'date'"/>
                      </xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:if>
              </p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="documents">
    <xsl:call-template name="part-title"><xsl:with-param name="code" select="'documents'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="not(document)"><p><xsl:value-of select="$t[@k='portal_profile.documents.none']"/></p></xsl:when>
      <xsl:otherwise>
        <section class="table-wrap" aria-labelledby="documents-caption" tabindex="0">
          <table class="table">
            <caption id="documents-caption" class="visually-hidden"><xsl:value-of select="$t[@k='portal_profile.part.documents']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.document']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.kind']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.date']"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t[@k='portal_profile.col.size']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="document">
                <tr>
                  <td><a href="/portal/document?client={/page/content/profile/client_id}&amp;id={id}"><xsl:value-of select="title"/></a></td>
                  <td><xsl:value-of select="$t[@k = concat('portal_profile.document.', current()/kind)]"/></td>
                  <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="created_at"/><xsl:with-param name="format" select="'date'"/></xsl:call-template></td>
                  <td class="num">
                    <xsl:call-template name="msg">
                      <xsl:with-param name="key" select="'portal_profile.kb'"/>
                      <xsl:with-param name="name" select="'n'"/>
                      <xsl:with-param name="with" select="ceiling(number(size) div 1024)"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="care_team">
    <xsl:call-template name="part-title"><xsl:with-param name="code" select="'care_team'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="not(member)"><p><xsl:value-of select="$t[@k='portal_profile.care_team.none']"/></p></xsl:when>
      <xsl:otherwise>
        <section class="table-wrap" aria-labelledby="team-caption" tabindex="0">
          <table class="table">
            <caption id="team-caption" class="visually-hidden"><xsl:value-of select="$t[@k='portal_profile.part.care_team']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.name']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.function']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.phone']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='portal_profile.col.since']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="member">
                <tr>
                  <td><xsl:value-of select="name"/></td>
                  <td><xsl:value-of select="function"/></td>
                  <td><xsl:value-of select="phone"/></td>
                  <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="since"/><xsl:with-param name="format" select="'date'"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="notes">
    <xsl:call-template name="part-title"><xsl:with-param name="code" select="'notes'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="not(note)"><p><xsl:value-of select="$t[@k='portal_profile.notes.none']"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="plan-list">
          <xsl:for-each select="note">
            <li>
              <p class="field-help">
                <xsl:call-template name="datetime"><xsl:with-param name="value" select="written_at"/></xsl:call-template>
                <xsl:text> • </xsl:text>
                <xsl:value-of select="author_name"/>
              </p>
              <p><xsl:value-of select="body"/></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
